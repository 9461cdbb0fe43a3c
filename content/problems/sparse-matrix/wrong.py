import numpy as np


class SparseMatrix:
    # Dictionary-of-keys implementation.
    # Mistake: in __init__ a repeated (row, col) overwrites the earlier value instead of
    # adding to it (COO input semantics sum duplicates).

    def __init__(self, rows, cols, values, shape):
        self.shape = tuple(int(s) for s in shape)
        self.data = {}
        for r, c, v in zip(np.asarray(rows).tolist(), np.asarray(cols).tolist(), np.asarray(values).tolist()):
            self.data[(r, c)] = v

    @classmethod
    def _from_dict(cls, d, shape):
        m = cls([], [], [], shape)
        m.data = d
        return m

    def add(self, other):
        if self.shape != other.shape:
            raise ValueError("shape mismatch")
        d = dict(self.data)
        for key, v in other.data.items():
            d[key] = d.get(key, 0.0) + v
        return SparseMatrix._from_dict(d, self.shape)

    def matmul(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError("inner dimensions differ")
        by_row = {}
        for (k, j), v in other.data.items():
            by_row.setdefault(k, []).append((j, v))
        d = {}
        for (i, k), a in self.data.items():
            for j, b in by_row.get(k, ()):
                d[(i, j)] = d.get((i, j), 0.0) + a * b
        return SparseMatrix._from_dict(d, (self.shape[0], other.shape[1]))

    def to_dense(self):
        out = np.zeros(self.shape)
        for (r, c), v in self.data.items():
            out[r, c] = v
        return out
