import numpy as np


def linear_regression_gd(X, y, lr, n_iter):
    # Mistake: uses the gradient of (1/2) * MSE although the loss is plain MSE
    # (drops the factor 2), which halves every step.
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(n_iter):
        r = X @ w + b - y
        w = w - lr * X.T @ r / len(y)
        b = b - lr * r.mean()
    return w, b
