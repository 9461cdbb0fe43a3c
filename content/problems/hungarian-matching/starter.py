import numpy as np


def hungarian_matching(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Minimum-cost assignment for an (n, m) cost matrix (like scipy's linear_sum_assignment).

    Returns (row_ind, col_ind), integer arrays of length min(n, m), sorted by row_ind,
    such that cost[row_ind, col_ind].sum() is minimal. No scipy.
    """
    raise NotImplementedError
