def spiral_order(matrix):
    if not matrix or not matrix[0]:
        return []
    out = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        out.extend(matrix[top][j] for j in range(left, right + 1))           # right along the top
        out.extend(matrix[i][right] for i in range(top + 1, bottom + 1))     # down the right side
        if top < bottom and left < right:                                   # a single row/column has no way back
            out.extend(matrix[bottom][j] for j in range(right - 1, left - 1, -1))
            out.extend(matrix[i][left] for i in range(bottom - 1, top, -1))
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
