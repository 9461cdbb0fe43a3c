def max_escape_distance(grid):
    # Mistake: uses the Manhattan distance to the nearest exit, ignoring walls.
    exits = [(r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == "E"]
    if not exits:
        return -1
    worst = 0
    for r, line in enumerate(grid):
        for c, ch in enumerate(line):
            if ch == "P":
                worst = max(worst, min(abs(r - er) + abs(c - ec) for er, ec in exits))
    return worst
