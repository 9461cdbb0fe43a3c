import numpy as np


def _solve_rows_le_cols(cost: np.ndarray) -> np.ndarray:
    """Shortest-augmenting-path (Hungarian / Jonker-Volgenant style) with dual potentials.

    cost: (n, m) with n <= m. Rows are added one at a time; for each new row a
    Dijkstra-like search over the columns (reduced costs stay >= 0 thanks to the
    potentials u, v) finds the cheapest augmenting path to a free column. O(n^2 m).
    Returns col_of_row (n,).
    """
    n, m = cost.shape
    u = np.zeros(n + 1)              # row potentials, 1-based rows
    v = np.zeros(m + 1)              # column potentials, index 0 is a virtual column
    row_of_col = np.zeros(m + 1, dtype=np.int64)   # 0 = free
    way = np.zeros(m + 1, dtype=np.int64)
    for i in range(1, n + 1):
        row_of_col[0] = i
        j0 = 0
        minv = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = row_of_col[j0]
            free = ~used[1:]
            reduced = cost[i0 - 1] - u[i0] - v[1:]
            better = free & (reduced < minv[1:])
            minv[1:][better] = reduced[better]
            way[1:][better] = j0
            cand = np.where(free, minv[1:], np.inf)
            j1 = int(np.argmin(cand)) + 1
            delta = cand[j1 - 1]
            u[row_of_col[used]] += delta
            v[used] -= delta
            minv[1:][free] -= delta
            j0 = j1
            if row_of_col[j0] == 0:
                break
        # flip the alternating path back to the virtual column
        while j0:
            j1 = way[j0]
            row_of_col[j0] = row_of_col[j1]
            j0 = j1
    col_of_row = np.empty(n, dtype=np.int64)
    cols = np.flatnonzero(row_of_col[1:])
    col_of_row[row_of_col[1:][cols] - 1] = cols
    return col_of_row


def hungarian_matching(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    cost = np.asarray(cost, dtype=np.float64)
    n, m = cost.shape
    if n == 0 or m == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if n <= m:
        return np.arange(n, dtype=np.int64), _solve_rows_le_cols(cost)
    # more rows than columns: match every column to a row on the transpose
    row_of_col = _solve_rows_le_cols(cost.T)
    order = np.argsort(row_of_col)
    return row_of_col[order], order.astype(np.int64)
