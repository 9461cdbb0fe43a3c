import numpy as np


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    s = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels).astype(bool)
    n_pos = int(y.sum())
    n_neg = y.size - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    # average 1-based ranks: a group of equal scores occupying ranks a..b gets (a + b) / 2
    uniq, inverse, counts = np.unique(s, return_inverse=True, return_counts=True)
    last = np.cumsum(counts)              # rank of the last member of each group
    avg_rank = last - (counts - 1) / 2.0
    rank_sum = avg_rank[inverse][y].sum()
    u = rank_sum - n_pos * (n_pos + 1) / 2.0   # Mann-Whitney U of the positives
    return float(u / (n_pos * n_neg))
