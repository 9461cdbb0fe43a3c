import numpy as np


def roc_auc(scores, labels):
    # Mistake: ranks from a plain argsort, so tied scores get arbitrary distinct ranks
    # instead of their average rank (ties are not counted as 1/2).
    y = labels.astype(bool)
    n_pos, n_neg = y.sum(), (~y).sum()
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores, kind="stable")] = np.arange(1, len(scores) + 1)
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
