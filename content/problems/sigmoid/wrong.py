import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    # Mistake: the "equivalent" form e^x / (1 + e^x) overflows to inf / inf = nan for large x.
    ex = np.exp(x)
    return ex / (1.0 + ex)
