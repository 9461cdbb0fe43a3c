import numpy as np


def soft_nms(boxes: np.ndarray, scores: np.ndarray, method: str = "gaussian",
             sigma: float = 0.5, iou_threshold: float = 0.3,
             score_threshold: float = 0.001) -> tuple[np.ndarray, np.ndarray]:
    """Soft-NMS.

    boxes: (N, 4) float64 (x1, y1, x2, y2); scores: (N,) float64.
    Repeatedly pick the remaining box with the highest *current* score (ties: lower index);
    stop when that score < score_threshold; decay the others by
      linear:   s *= 1 - iou   if iou > iou_threshold
      gaussian: s *= exp(-iou**2 / sigma)
    Returns (keep, kept_scores): original indices in selection order and their scores
    at the moment they were selected.
    """
    raise NotImplementedError
