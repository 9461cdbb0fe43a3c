import numpy as np


def ipm_warp(img: np.ndarray, H: np.ndarray, out_h: int, out_w: int, fill: int = 0) -> np.ndarray:
    """Inverse perspective mapping (bird's-eye view) with nearest-neighbour sampling.

    H (3, 3) maps source pixel coordinates (x = column, y = row, 1) to output (bird's-eye)
    pixel coordinates. For every output pixel (u = column, v = row):
        [x', y', z'] = inv(H) @ [u, v, 1];  x = x' / z', y = y' / z'
        col = floor(x + 0.5), row = floor(y + 0.5)
    out[v, u] = img[row, col] if z' != 0 and (row, col) lies inside img, else fill.
    img: (h, w) or (h, w, C); returns (out_h, out_w) or (out_h, out_w, C), img's dtype.
    """
    raise NotImplementedError
