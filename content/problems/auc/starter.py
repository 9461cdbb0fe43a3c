import numpy as np


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """ROC AUC = P(score of a random positive > score of a random negative),
    counting equal scores as 1/2.

    scores: (N,) float64; labels: (N,) ints in {0, 1}.
    Returns nan when there are no positives or no negatives.
    """
    raise NotImplementedError
