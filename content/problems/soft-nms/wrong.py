import numpy as np


def soft_nms(boxes, scores, method="gaussian", sigma=0.5, iou_threshold=0.3,
             score_threshold=0.001):
    # Mistake: sorts once by the ORIGINAL scores and visits boxes in that order,
    # instead of re-selecting the highest decayed score every round.
    s = scores.astype(float).copy()
    order = np.argsort(-s, kind="stable")
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    keep, kept = [], []
    for n, i in enumerate(order):
        if s[i] < score_threshold:
            continue
        keep.append(i)
        kept.append(s[i])
        rest = order[n + 1:]
        iw = np.clip(np.minimum(boxes[i, 2], boxes[rest, 2]) - np.maximum(boxes[i, 0], boxes[rest, 0]), 0, None)
        ih = np.clip(np.minimum(boxes[i, 3], boxes[rest, 3]) - np.maximum(boxes[i, 1], boxes[rest, 1]), 0, None)
        inter = iw * ih
        union = area[i] + area[rest] - inter
        iou = np.where(union > 0, inter / np.where(union > 0, union, 1), 0.0)
        if method == "linear":
            s[rest] *= np.where(iou > iou_threshold, 1 - iou, 1.0)
        else:
            s[rest] *= np.exp(-iou ** 2 / sigma)
    return np.array(keep, dtype=np.int64), np.array(kept, dtype=np.float64)
