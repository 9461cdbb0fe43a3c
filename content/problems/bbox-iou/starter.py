import numpy as np


def bbox_iou(boxes_a: np.ndarray, boxes_b: np.ndarray) -> np.ndarray:
    """IoU of every box of boxes_a (N, 4) with every box of boxes_b (M, 4).

    Boxes are x1, y1, x2, y2 (float64). Returns an (N, M) float array; a pair whose
    union has zero area has IoU 0, never NaN.
    """
    raise NotImplementedError
