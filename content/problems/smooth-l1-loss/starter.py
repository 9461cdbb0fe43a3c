import numpy as np


def smooth_l1_loss(pred: np.ndarray, target: np.ndarray, beta: float = 1.0) -> float:
    """Mean Smooth L1 loss.

    d = |pred - target|; l = 0.5 * d**2 / beta if d < beta else d - 0.5 * beta.
    beta == 0 means plain L1. pred and target have the same shape (non-empty).
    Returns the mean of l over all elements.
    """
    raise NotImplementedError
