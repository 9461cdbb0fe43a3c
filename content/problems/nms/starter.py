import numpy as np


def nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> np.ndarray:
    """Greedy non-maximum suppression.

    boxes: (N, 4) float64 as x1, y1, x2, y2; scores: (N,) float64.
    Returns the int64 indices of the kept boxes, highest score first (ties: lower
    index first). A box is suppressed when its IoU with a kept box is strictly
    greater than iou_threshold.
    """
    raise NotImplementedError
