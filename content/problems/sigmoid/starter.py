import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """Element-wise logistic sigmoid 1 / (1 + exp(-x)).

    x: float64 array of any shape (may be 0-d, empty, huge or +-inf).
    Returns a float array of the same shape, with no nan.
    """
    raise NotImplementedError
