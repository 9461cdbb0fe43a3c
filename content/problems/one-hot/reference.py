import numpy as np


def one_hot(labels: np.ndarray, num_classes: int) -> np.ndarray:
    labels = np.asarray(labels)
    if labels.size and (labels.min() < 0 or labels.max() >= num_classes):
        raise ValueError(f"labels must lie in [0, {num_classes})")
    out = np.zeros(labels.shape + (num_classes,), dtype=np.float32)
    if labels.size:
        flat = out.reshape(-1, num_classes)
        flat[np.arange(labels.size), labels.reshape(-1)] = 1.0
    return out
