import numpy as np


def kmeans(X, init_centroids, n_iter):
    # Mistake: an empty cluster takes the mean of zero points -> nan centroid.
    C = init_centroids.astype(float).copy()
    for _ in range(n_iter):
        d = ((X[:, None, :] - C[None, :, :]) ** 2).sum(-1)
        labels = d.argmin(1)
        C = np.stack([X[labels == j].mean(axis=0) for j in range(len(C))])
    d = ((X[:, None, :] - C[None, :, :]) ** 2).sum(-1)
    return C, d.argmin(1)
