import numpy as np


def pairwise_l2(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Euclidean distance matrix between rows of a (N, D) and rows of b (M, D).

    No Python loops and no (N, M, D) temporary: use |a|^2 + |b|^2 - 2 a.b,
    clip tiny negatives to 0, then take the square root. Returns (N, M).
    """
    raise NotImplementedError
