import numpy as np


def smooth_l1_loss(pred: np.ndarray, target: np.ndarray, beta: float = 1.0) -> float:
    d = np.abs(np.asarray(pred, dtype=np.float64) - np.asarray(target, dtype=np.float64))
    if beta == 0:
        return float(d.mean())
    loss = np.where(d < beta, 0.5 * d * d / beta, d - 0.5 * beta)
    return float(loss.mean())
