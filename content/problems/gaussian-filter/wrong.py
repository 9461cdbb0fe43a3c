import numpy as np


def gaussian_filter(img, k, sigma):
    # Mistake: zero padding instead of reflect padding -> borders get darker.
    c = k // 2
    t = np.arange(k) - c
    g = np.exp(-t ** 2 / (2 * sigma ** 2))
    K = np.outer(g, g)
    K /= K.sum()
    h, w = img.shape
    pad = np.pad(img, c)
    out = np.zeros((h, w))
    for i in range(k):
        for j in range(k):
            out += K[i, j] * pad[i:i + h, j:j + w]
    return out
