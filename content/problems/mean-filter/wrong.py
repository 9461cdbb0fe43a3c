import numpy as np


def mean_filter(img, k):
    # Mistake: integral image without the zero border. For windows starting in row 0 or
    # column 0 the "previous" index becomes -1, which silently wraps to the last row/column.
    h, w = img.shape
    S = img.cumsum(0).cumsum(1)
    oh, ow = max(h - k + 1, 0), max(w - k + 1, 0)
    out = np.zeros((oh, ow))
    if oh == 0 or ow == 0:
        return out
    i = np.arange(oh)[:, None]
    j = np.arange(ow)[None, :]
    r1, c1 = i + k - 1, j + k - 1
    out = S[r1, c1] - S[i - 1, c1] - S[r1, j - 1] + S[i - 1, j - 1]
    return out / (k * k)
