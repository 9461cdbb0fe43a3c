from collections import deque


def max_escape_distance(grid):
    rows, cols = len(grid), len(grid[0])
    dist = [[-1] * cols for _ in range(rows)]
    queue = deque()
    for r, line in enumerate(grid):            # every exit is a source at distance 0
        for c, ch in enumerate(line):
            if ch == "E":
                dist[r][c] = 0
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        d = dist[r][c] + 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] < 0 and grid[nr][nc] != "#":
                dist[nr][nc] = d
                queue.append((nr, nc))
    worst = 0
    for r, line in enumerate(grid):
        for c, ch in enumerate(line):
            if ch == "P":
                if dist[r][c] < 0:
                    return -1                  # trapped
                worst = max(worst, dist[r][c])
    return worst
