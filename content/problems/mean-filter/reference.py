import numpy as np


def mean_filter(img: np.ndarray, k: int) -> np.ndarray:
    img = np.asarray(img, dtype=np.float64)
    h, w = img.shape
    oh, ow = max(h - k + 1, 0), max(w - k + 1, 0)
    if oh == 0 or ow == 0:
        return np.zeros((oh, ow))
    # integral image with a leading row and column of zeros: S[r, c] = img[:r, :c].sum()
    S = np.zeros((h + 1, w + 1))
    np.cumsum(img, axis=0, out=S[1:, 1:])
    np.cumsum(S[1:, 1:], axis=1, out=S[1:, 1:])
    total = S[k:, k:] - S[:-k, k:] - S[k:, :-k] + S[:-k, :-k]
    return total / (k * k)
