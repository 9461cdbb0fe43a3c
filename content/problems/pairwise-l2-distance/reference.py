import numpy as np


def pairwise_l2(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.shape[0] == 0 or b.shape[0] == 0:
        return np.zeros((a.shape[0], b.shape[0]))
    # centring is translation invariant and reduces cancellation in the expansion
    mu = (a.sum(0) + b.sum(0)) / (a.shape[0] + b.shape[0])
    a = a - mu
    b = b - mu
    na = (a * a).sum(1)
    nb = (b * b).sum(1)
    d2 = na[:, None] + nb[None, :] - 2.0 * (a @ b.T)
    np.maximum(d2, 0.0, out=d2)
    # entries dominated by rounding (near-duplicate points): recompute them directly
    scale = na[:, None] + nb[None, :]
    ii, jj = np.nonzero(d2 <= 1e-8 * scale)
    if ii.size:
        diff = a[ii] - b[jj]
        d2[ii, jj] = (diff * diff).sum(1)
    return np.sqrt(d2)
