import numpy as np


def bilinear_sample(img, xs, ys):
    # Mistake: treats x as the row and y as the column (img[x, y] instead of img[y, x]);
    # it only looks right on square images with symmetric content.
    h, w = img.shape
    x = np.clip(xs, 0, h - 1)
    y = np.clip(ys, 0, w - 1)
    x0 = np.floor(x).astype(int)
    y0 = np.floor(y).astype(int)
    x1 = np.minimum(x0 + 1, h - 1)
    y1 = np.minimum(y0 + 1, w - 1)
    ax, ay = x - x0, y - y0
    return ((1 - ax) * (1 - ay) * img[x0, y0] + ax * (1 - ay) * img[x1, y0]
            + (1 - ax) * ay * img[x0, y1] + ax * ay * img[x1, y1])
