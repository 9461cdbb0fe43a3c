import numpy as np


def cosine_similarity(a, b):
    # Mistake: no special case for zero vectors -> 0 / 0 = nan.
    na = np.linalg.norm(a, axis=1, keepdims=True)
    nb = np.linalg.norm(b, axis=1, keepdims=True)
    return (a @ b.T) / (na * nb.T)
