import numpy as np


def kmeans(X: np.ndarray, init_centroids: np.ndarray, n_iter: int) -> tuple[np.ndarray, np.ndarray]:
    """Lloyd's k-means from the given initial centroids.

    Each of the n_iter iterations: assign every point to the nearest centroid
    (squared Euclidean distance, ties -> lowest centroid index), then move every
    centroid to the mean of its points (an empty cluster keeps its centroid).
    Finally assign once more with the final centroids.
    Returns (centroids (K, D) float64, labels (N,) int).
    """
    raise NotImplementedError
