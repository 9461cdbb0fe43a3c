import numpy as np


def _assign(X: np.ndarray, C: np.ndarray) -> np.ndarray:
    # squared distances via |x|^2 - 2 x.c + |c|^2 after centring both sets (translation
    # invariant, and it avoids cancellation for data far from the origin);
    # argmin returns the first minimum, i.e. the lowest centroid index on ties
    mu = X.mean(axis=0)
    Xc, Cc = X - mu, C - mu
    d = (Xc * Xc).sum(1)[:, None] - 2.0 * (Xc @ Cc.T) + (Cc * Cc).sum(1)[None, :]
    return np.argmin(d, axis=1)


def kmeans(X: np.ndarray, init_centroids: np.ndarray, n_iter: int) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=np.float64)
    C = np.array(init_centroids, dtype=np.float64)  # copy
    k = C.shape[0]
    labels = _assign(X, C)
    for _ in range(n_iter):
        counts = np.bincount(labels, minlength=k)
        sums = np.stack([np.bincount(labels, weights=X[:, j], minlength=k)
                         for j in range(X.shape[1])], axis=1)
        nonempty = counts > 0
        C[nonempty] = sums[nonempty] / counts[nonempty, None]
        new_labels = _assign(X, C)
        if np.array_equal(new_labels, labels):
            break  # assignments stable -> centroids stay the same from now on
        labels = new_labels
    return C, labels.astype(np.int64)
