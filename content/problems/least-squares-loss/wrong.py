import numpy as np


def least_squares_loss(points, w, b):
    # Mistake: squares the MEAN residual instead of averaging the squared residuals,
    # so positive and negative errors cancel.
    if len(points) == 0:
        return 0.0
    r = w * points[:, 0] + b - points[:, 1]
    return float(np.mean(r) ** 2)
