import numpy as np


def ipm_warp(img, H, out_h, out_w, fill=0):
    # Mistake: maps output pixels through H itself instead of H^-1
    # (confuses the forward image->bird's-eye map with the backward sampling map).
    h_img, w_img = img.shape[:2]
    out = np.full((out_h, out_w) + img.shape[2:], fill, dtype=img.dtype)
    v, u = np.mgrid[0:out_h, 0:out_w]
    p = np.tensordot(H, np.stack([u, v, np.ones_like(u)]).astype(float), axes=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        x = np.floor(p[0] / p[2] + 0.5)
        y = np.floor(p[1] / p[2] + 0.5)
    ok = (x >= 0) & (x < w_img) & (y >= 0) & (y < h_img)
    out[ok] = img[y[ok].astype(int), x[ok].astype(int)]
    return out
