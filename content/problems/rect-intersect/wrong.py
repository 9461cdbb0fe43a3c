import numpy as np


def rects_intersect(a, b):
    # Mistake: the separating-axis test with non-strict comparisons, so rectangles that
    # only touch along an edge or at a corner are reported as intersecting.
    return ((a[:, 0] <= b[:, 2]) & (b[:, 0] <= a[:, 2]) &
            (a[:, 1] <= b[:, 3]) & (b[:, 1] <= a[:, 3]))
