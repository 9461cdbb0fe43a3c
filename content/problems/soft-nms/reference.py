import numpy as np


def _iou_one_to_many(box: np.ndarray, others: np.ndarray) -> np.ndarray:
    iw = np.minimum(box[2], others[:, 2]) - np.maximum(box[0], others[:, 0])
    ih = np.minimum(box[3], others[:, 3]) - np.maximum(box[1], others[:, 1])
    inter = np.clip(iw, 0.0, None) * np.clip(ih, 0.0, None)
    area = (box[2] - box[0]) * (box[3] - box[1])
    areas = (others[:, 2] - others[:, 0]) * (others[:, 3] - others[:, 1])
    union = area + areas - inter
    out = np.zeros(len(others))
    ok = union > 0
    out[ok] = inter[ok] / union[ok]
    return out


def soft_nms(boxes: np.ndarray, scores: np.ndarray, method: str = "gaussian",
             sigma: float = 0.5, iou_threshold: float = 0.3,
             score_threshold: float = 0.001) -> tuple[np.ndarray, np.ndarray]:
    boxes = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    s = np.array(scores, dtype=np.float64)
    remaining = np.arange(len(s))  # kept sorted, so argmax picks the lower index on ties
    keep, kept = [], []
    while remaining.size:
        pos = int(np.argmax(s[remaining]))
        i = int(remaining[pos])
        if s[i] < score_threshold:
            break
        keep.append(i)
        kept.append(s[i])
        remaining = np.delete(remaining, pos)
        if remaining.size == 0:
            break
        iou = _iou_one_to_many(boxes[i], boxes[remaining])
        if method == "linear":
            w = np.where(iou > iou_threshold, 1.0 - iou, 1.0)
        elif method == "gaussian":
            w = np.exp(-(iou * iou) / sigma)
        else:
            raise ValueError(f"unknown method {method!r}")
        s[remaining] *= w
        # boxes below the threshold can never be selected again (scores only decrease)
        remaining = remaining[s[remaining] >= score_threshold]
    return np.array(keep, dtype=np.int64), np.array(kept, dtype=np.float64)
