import numpy as np


def gaussian_filter(img: np.ndarray, k: int, sigma: float) -> np.ndarray:
    img = np.asarray(img, dtype=np.float64)
    c = k // 2
    t = np.arange(k, dtype=np.float64) - c
    g = np.exp(-(t * t) / (2.0 * sigma * sigma))
    g /= g.sum()  # outer(g, g) then sums to 1 as well
    h, w = img.shape
    pad = np.pad(img, c, mode="reflect")
    # separable: filter along columns (within each row) ...
    tmp = np.zeros((h + 2 * c, w))
    for j in range(k):
        tmp += g[j] * pad[:, j:j + w]
    # ... then along rows
    out = np.zeros((h, w))
    for i in range(k):
        out += g[i] * tmp[i:i + h, :]
    return out
