import numpy as np


def matmul(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    n, k = a.shape
    k2, m = b.shape
    if k != k2:
        raise ValueError(f"inner dimensions differ: {k} vs {k2}")
    out = np.zeros((n, m))
    # sum of k rank-one outer products; each step is one vectorised n x m update
    for t in range(k):
        out += a[:, t:t + 1] * b[t:t + 1, :]
    return out
