import numpy as np


def matmul(a, b):
    # Mistake: allocates the result with a's shape (n, k) instead of (n, m);
    # only works when the matrices happen to be square.
    out = np.zeros_like(a, dtype=float)
    for i in range(a.shape[0]):
        out[i] = (a[i][:, None] * b).sum(axis=0)
    return out
