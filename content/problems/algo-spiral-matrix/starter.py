def spiral_order(matrix):
    """All elements of matrix in clockwise spiral order, starting at the top-left corner."""
    raise NotImplementedError
