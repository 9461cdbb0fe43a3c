import numpy as np


class SparseMatrix:
    """COO input, stored coalesced: unique (row, col) pairs sorted row-major, summed values."""

    def __init__(self, rows, cols, values, shape):
        self.shape = (int(shape[0]), int(shape[1]))
        r = np.asarray(rows, dtype=np.int64).reshape(-1)
        c = np.asarray(cols, dtype=np.int64).reshape(-1)
        v = np.asarray(values, dtype=np.float64).reshape(-1)
        if not (r.size == c.size == v.size):
            raise ValueError("rows, cols and values must have the same length")
        n, m = self.shape
        if r.size and (r.min() < 0 or r.max() >= n or c.min() < 0 or c.max() >= m):
            raise ValueError("index out of range")
        keys = r * m + c
        uniq, inverse = np.unique(keys, return_inverse=True)
        self.vals = np.bincount(inverse, weights=v, minlength=uniq.size).astype(np.float64)
        self.rows = uniq // m if m else uniq
        self.cols = uniq % m if m else uniq
        # row pointer: entries of row i live in [indptr[i], indptr[i + 1])
        self.indptr = np.searchsorted(self.rows, np.arange(n + 1))

    def add(self, other: "SparseMatrix") -> "SparseMatrix":
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        return SparseMatrix(np.concatenate([self.rows, other.rows]),
                            np.concatenate([self.cols, other.cols]),
                            np.concatenate([self.vals, other.vals]), self.shape)

    def matmul(self, other: "SparseMatrix") -> "SparseMatrix":
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"inner dimensions differ: {self.shape} @ {other.shape}")
        # every stored a[i, k] pairs with every stored b[k, j] of row k of `other`
        start = other.indptr[self.cols]
        count = other.indptr[self.cols + 1] - start
        total = int(count.sum())
        out_rows = np.repeat(self.rows, count)
        offsets = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
        idx = np.repeat(start, count) + offsets
        prods = np.repeat(self.vals, count) * other.vals[idx]
        return SparseMatrix(out_rows, other.cols[idx], prods, (self.shape[0], other.shape[1]))

    def to_dense(self) -> np.ndarray:
        out = np.zeros(self.shape, dtype=np.float64)
        out[self.rows, self.cols] = self.vals
        return out
