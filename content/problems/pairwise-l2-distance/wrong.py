import numpy as np


def pairwise_l2(a, b):
    # Mistake: no clipping before the square root; rounding makes the squared distance
    # of (near-)identical points slightly negative -> sqrt gives nan.
    d2 = (a * a).sum(1)[:, None] + (b * b).sum(1)[None, :] - 2.0 * a @ b.T
    return np.sqrt(d2)
