import numpy as np


def bilinear_sample(img: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    img = np.asarray(img, dtype=np.float64)
    h, w = img.shape
    x = np.clip(np.asarray(xs, dtype=np.float64), 0.0, w - 1)
    y = np.clip(np.asarray(ys, dtype=np.float64), 0.0, h - 1)
    x0 = np.floor(x).astype(np.intp)
    y0 = np.floor(y).astype(np.intp)
    x1 = np.minimum(x0 + 1, w - 1)
    y1 = np.minimum(y0 + 1, h - 1)
    ax = x - x0
    ay = y - y0
    top = (1.0 - ax) * img[y0, x0] + ax * img[y0, x1]
    bottom = (1.0 - ax) * img[y1, x0] + ax * img[y1, x1]
    return (1.0 - ay) * top + ay * bottom
