import numpy as np


def dropout(x: np.ndarray, p: float, training: bool, u: np.ndarray) -> np.ndarray:
    """Inverted dropout with caller-supplied uniforms.

    training: keep x where u >= p and scale kept values by 1 / (1 - p); p == 1 gives zeros.
    eval: return x unchanged (u is ignored).
    """
    raise NotImplementedError
