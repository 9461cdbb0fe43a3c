import numpy as np


def logistic_regression(X, y, lr, n_iter):
    # Mistake: uses the SUMMED gradient instead of the mean (forgets the 1/N),
    # so the effective learning rate is N times too large.
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(n_iter):
        z = X @ w + b
        p = 0.5 * (1.0 + np.tanh(0.5 * z))  # a stable sigmoid
        w = w - lr * (X.T @ (p - y))
        b = b - lr * np.sum(p - y)
    return w, b
