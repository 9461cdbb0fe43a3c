import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Softmax of x along `axis`, stable for large inputs such as 1e4.

    Returns a float array of x's shape whose slices along `axis` sum to 1.
    """
    raise NotImplementedError
