def max_submatrix_sum(matrix):
    # Mistake: Kadane started from 0, which allows the empty submatrix: an
    # all-negative matrix gives 0.
    rows, cols = len(matrix), len(matrix[0])
    best = 0
    for top in range(rows):
        acc = [0] * cols
        for bottom in range(top, rows):
            for j in range(cols):
                acc[j] += matrix[bottom][j]
            cur = 0
            for v in acc:
                cur = max(0, cur + v)
                best = max(best, cur)
    return best
