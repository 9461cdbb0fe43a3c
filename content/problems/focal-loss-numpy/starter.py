import numpy as np


def focal_loss(logits: np.ndarray, targets: np.ndarray, alpha: float = 0.25, gamma: float = 2.0) -> float:
    """Binary sigmoid focal loss (RetinaNet), averaged over all elements.

    targets holds 0.0 / 1.0 of logits' shape; alpha weights positives and
    1 - alpha negatives. Must stay finite and exact for logits like +-100.
    """
    raise NotImplementedError
