import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def logistic_regression(X: np.ndarray, y: np.ndarray, lr: float, n_iter: int) -> tuple[np.ndarray, float]:
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iter):
        r = _sigmoid(X @ w + b) - y
        grad_w = X.T @ r / n
        grad_b = r.mean()
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, float(b)
