import numpy as np


def rects_intersect(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a, b: (N, 4) boxes (x1, y1, x2, y2). Returns (N,) bool: True iff a[i] and b[i]
    overlap with strictly positive area (touching edges or corners do not count)."""
    raise NotImplementedError
