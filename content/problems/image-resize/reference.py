import numpy as np


def _axis_weights(n_in: int, n_out: int):
    src = (np.arange(n_out, dtype=np.float64) + 0.5) * (n_in / n_out) - 0.5
    src = np.clip(src, 0.0, n_in - 1)
    i0 = np.floor(src).astype(np.intp)
    i1 = np.minimum(i0 + 1, n_in - 1)
    return i0, i1, src - i0


def resize_bilinear(img: np.ndarray, out_h: int, out_w: int) -> np.ndarray:
    img = np.asarray(img, dtype=np.float64)
    h, w, _ = img.shape
    y0, y1, wy = _axis_weights(h, out_h)
    x0, x1, wx = _axis_weights(w, out_w)
    # interpolate along rows first: (out_h, W, C)
    rows = img[y0] * (1.0 - wy)[:, None, None] + img[y1] * wy[:, None, None]
    # then along columns: (out_h, out_w, C)
    return rows[:, x0] * (1.0 - wx)[None, :, None] + rows[:, x1] * wx[None, :, None]
