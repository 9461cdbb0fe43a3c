import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    # Subtracting the maximum changes nothing mathematically, but keeps exp() <= 1.
    shifted = x - np.max(x, axis=axis, keepdims=True)
    exps = np.exp(shifted)
    return exps / np.sum(exps, axis=axis, keepdims=True)
