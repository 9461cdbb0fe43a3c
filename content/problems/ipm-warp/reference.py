import numpy as np


def ipm_warp(img: np.ndarray, H: np.ndarray, out_h: int, out_w: int, fill: int = 0) -> np.ndarray:
    img = np.asarray(img)
    h_img, w_img = img.shape[:2]
    Hinv = np.linalg.inv(np.asarray(H, dtype=np.float64))
    v, u = np.mgrid[0:out_h, 0:out_w]
    pts = np.stack([u.ravel(), v.ravel(), np.ones(u.size)]).astype(np.float64)   # (3, P)
    src = Hinv @ pts
    z = src[2]
    ok = z != 0
    zs = np.where(ok, z, 1.0)
    # nearest neighbour = round half up; compare in float before casting (huge values)
    col = np.floor(src[0] / zs + 0.5)
    row = np.floor(src[1] / zs + 0.5)
    ok &= (col >= 0) & (col <= w_img - 1) & (row >= 0) & (row <= h_img - 1)
    out = np.full((out_h * out_w,) + img.shape[2:], fill, dtype=img.dtype)
    out[ok] = img[row[ok].astype(np.intp), col[ok].astype(np.intp)]
    return out.reshape((out_h, out_w) + img.shape[2:])
