def max_submatrix_sum(matrix):
    """The largest sum of a non-empty submatrix (contiguous rows x contiguous columns)."""
    raise NotImplementedError
