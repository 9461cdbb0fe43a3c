import numpy as np


class SparseMatrix:
    """A sparse matrix built from COO triplets.

    SparseMatrix(rows, cols, values, shape): entry (rows[t], cols[t]) has value values[t];
    repeated (row, col) pairs are summed. Operations return new SparseMatrix objects and
    never modify their operands.
    """

    def __init__(self, rows: np.ndarray, cols: np.ndarray, values: np.ndarray, shape: tuple[int, int]):
        raise NotImplementedError

    def add(self, other: "SparseMatrix") -> "SparseMatrix":
        """self + other (same shape, else ValueError)."""
        raise NotImplementedError

    def matmul(self, other: "SparseMatrix") -> "SparseMatrix":
        """self @ other (self.shape[1] == other.shape[0], else ValueError)."""
        raise NotImplementedError

    def to_dense(self) -> np.ndarray:
        """Dense float64 array of shape self.shape."""
        raise NotImplementedError
