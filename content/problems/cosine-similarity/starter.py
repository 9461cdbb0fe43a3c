import numpy as np


def cosine_similarity(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarity matrix.

    a: (N, D), b: (M, D). Returns (N, M) with S[i, j] = a_i . b_j / (|a_i| |b_j|);
    0 wherever a_i or b_j is the zero vector.
    """
    raise NotImplementedError
