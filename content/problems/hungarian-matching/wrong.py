import numpy as np


def hungarian_matching(cost):
    # Mistake: greedy matching — the globally cheapest remaining pair is taken first.
    # Locally optimal choices are not globally optimal.
    n, m = cost.shape
    c = cost.astype(float).copy()
    rows, cols = [], []
    for _ in range(min(n, m)):
        i, j = np.unravel_index(np.argmin(c), c.shape)
        rows.append(i)
        cols.append(j)
        c[i, :] = np.inf
        c[:, j] = np.inf
    order = np.argsort(rows)
    return np.array(rows, dtype=np.int64)[order], np.array(cols, dtype=np.int64)[order]
