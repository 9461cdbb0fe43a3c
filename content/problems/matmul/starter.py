import numpy as np


def matmul(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Matrix product of a (n, k) and b (k, m) -> (n, m), without @ / np.matmul /
    np.dot / np.einsum / np.tensordot. Must be vectorised enough for 500 x 500 x 500.
    """
    raise NotImplementedError
