import numpy as np


def resize_bilinear(img: np.ndarray, out_h: int, out_w: int) -> np.ndarray:
    """Bilinear resize of img (H, W, C) to (out_h, out_w, C), half-pixel centers.

    src = (dst + 0.5) * in_size / out_size - 0.5, clamped to [0, in_size - 1];
    neighbours floor(src) and min(floor(src) + 1, in_size - 1).
    """
    raise NotImplementedError
