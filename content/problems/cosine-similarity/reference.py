import numpy as np


def _unit_rows(x: np.ndarray) -> np.ndarray:
    # scale each row by its max |element| first so that squaring cannot overflow/underflow
    scale = np.abs(x).max(axis=1, keepdims=True) if x.shape[1] else np.zeros((x.shape[0], 1))
    safe = np.where(scale > 0, scale, 1.0)
    y = x / safe
    norm = np.sqrt((y * y).sum(axis=1, keepdims=True))
    return np.divide(y, norm, out=np.zeros_like(y), where=norm > 0)


def cosine_similarity(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return _unit_rows(a) @ _unit_rows(b).T
