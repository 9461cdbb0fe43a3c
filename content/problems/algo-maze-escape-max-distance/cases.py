def _case(name, grid, large=False):
    return {"name": name, "args": {"grid": grid}, "large": large}


def _random_grid(rng, rows, cols, wall, people, exits):
    cells = rng.choice([".", "#"], size=(rows, cols), p=[1 - wall, wall])
    flat = rng.choice(rows * cols, size=people + exits, replace=False)
    for k, idx in enumerate(flat):
        cells[idx // cols, idx % cols] = "P" if k < people else "E"
    return ["".join(row) for row in cells.tolist()]


def _free_everyone(grid):
    """Turn every person who cannot reach an exit into a wall, so all are reachable."""
    rows, cols = len(grid), len(grid[0])
    seen = {(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E"}
    todo = list(seen)
    while todo:
        r, c = todo.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and grid[nr][nc] != "#":
                seen.add((nr, nc))
                todo.append((nr, nc))
    return ["".join("#" if ch == "P" and (r, c) not in seen else ch for c, ch in enumerate(line))
            for r, line in enumerate(grid)]


def generate(rng) -> list[dict]:
    cases = [
        _case("example", ["E..#", ".#P.", "P..E"]),
        _case("person_next_to_exit", ["PE"]),
        _case("single_cell_person", ["P"]),
        _case("trapped", ["P#E"]),
        _case("no_exit", ["P.."]),
        _case("around_wall", ["P#E", ".#.", "..."]),
        _case("nearest_exit_counts", ["E....P.E"]),
        _case("people_block_nothing", ["PPPE"]),
    ]
    for i in range(4):
        cases.append(_case(f"random_{i}", _random_grid(rng, int(rng.integers(2, 10)), int(rng.integers(2, 10)), 0.25, 3, 2)))
    # nobody trapped: a per-person search cannot stop early at the first trapped one
    cases.append(_case("large", _free_everyone(_random_grid(rng, 600, 600, 0.2, 2000, 3)), large=True))
    return cases
