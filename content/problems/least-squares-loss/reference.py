import numpy as np


def least_squares_loss(points: np.ndarray, w: float, b: float) -> float:
    pts = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    if pts.shape[0] == 0:
        return 0.0
    r = w * pts[:, 0] + b - pts[:, 1]
    return float(np.mean(r * r))
