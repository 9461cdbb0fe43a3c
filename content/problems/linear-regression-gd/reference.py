import numpy as np


def linear_regression_gd(X: np.ndarray, y: np.ndarray, lr: float, n_iter: int) -> tuple[np.ndarray, float]:
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iter):
        r = X @ w + b - y
        grad_w = (2.0 / n) * (X.T @ r)
        grad_b = 2.0 * r.mean()
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, float(b)
