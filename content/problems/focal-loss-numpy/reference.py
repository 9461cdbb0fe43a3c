import numpy as np


def focal_loss(logits: np.ndarray, targets: np.ndarray, alpha: float = 0.25, gamma: float = 2.0) -> float:
    x = np.asarray(logits, dtype=np.float64)
    y = np.asarray(targets, dtype=np.float64)
    # log(sigmoid(x)) and log(1 - sigmoid(x)) without ever forming a probability of 0 or 1.
    log_p = -np.logaddexp(0.0, -x)
    log_not_p = -np.logaddexp(0.0, x)
    log_pt = y * log_p + (1.0 - y) * log_not_p
    # 1 - p_t is sigmoid(-x) for positives and sigmoid(x) for negatives.
    one_minus_pt = np.exp(y * log_not_p + (1.0 - y) * log_p)
    alpha_t = y * alpha + (1.0 - y) * (1.0 - alpha)
    return float(np.mean(-alpha_t * one_minus_pt**gamma * log_pt))
