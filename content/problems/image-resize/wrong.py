import numpy as np


def resize_bilinear(img, out_h, out_w):
    # Mistake: align-corners mapping src = dst * (in - 1) / (out - 1) instead of
    # half-pixel centers, so corners are pinned and everything else shifts.
    h, w, _ = img.shape
    ys = np.arange(out_h) * ((h - 1) / max(out_h - 1, 1))
    xs = np.arange(out_w) * ((w - 1) / max(out_w - 1, 1))
    y0 = np.floor(ys).astype(int); y1 = np.minimum(y0 + 1, h - 1); wy = ys - y0
    x0 = np.floor(xs).astype(int); x1 = np.minimum(x0 + 1, w - 1); wx = xs - x0
    rows = img[y0] * (1 - wy)[:, None, None] + img[y1] * wy[:, None, None]
    return rows[:, x0] * (1 - wx)[None, :, None] + rows[:, x1] * wx[None, :, None]
