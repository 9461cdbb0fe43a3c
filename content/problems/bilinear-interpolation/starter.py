import numpy as np


def bilinear_sample(img: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Bilinear sampling of img (H, W) at (x = column, y = row) float coordinates.

    Pixel img[r, c] sits at (x, y) = (c, r) (align-corners convention). Coordinates are
    first clamped to [0, W-1] x [0, H-1]. Returns an array shaped like xs.
    """
    raise NotImplementedError
