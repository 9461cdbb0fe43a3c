import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    # The classic slip: no max subtraction, so exp(1e4) overflows to inf (and
    # exp(-1e4) underflows to 0), giving NaN.
    exps = np.exp(x)
    return exps / np.sum(exps, axis=axis, keepdims=True)
