def max_submatrix_sum(matrix):
    rows, cols = len(matrix), len(matrix[0])
    if rows > cols:                              # enumerate the shorter side
        matrix = [list(col) for col in zip(*matrix, strict=True)]
        rows, cols = cols, rows
    best = matrix[0][0]
    for top in range(rows):
        acc = [0] * cols                         # column sums of rows top..bottom
        for bottom in range(top, rows):
            row = matrix[bottom]
            for j in range(cols):
                acc[j] += row[j]
            cur = acc[0]                         # Kadane on the compressed row
            if cur > best:
                best = cur
            for j in range(1, cols):
                cur = cur + acc[j] if cur > 0 else acc[j]
                if cur > best:
                    best = cur
    return best
