import numpy as np


def smooth_l1_loss(pred: np.ndarray, target: np.ndarray, beta: float = 1.0) -> float:
    # Mistake: the quadratic branch forgets to divide by beta (only right when beta == 1).
    d = np.abs(pred - target)
    loss = np.where(d < beta, 0.5 * d * d, d - 0.5 * beta)
    return float(loss.mean())
