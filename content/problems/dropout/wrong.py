import numpy as np


def dropout(x: np.ndarray, p: float, training: bool, u: np.ndarray) -> np.ndarray:
    # Mistake: drops units in training but forgets the 1 / (1 - p) rescaling,
    # so train-time activations are smaller in expectation than eval-time ones.
    if not training:
        return x
    return x * (u >= p)
