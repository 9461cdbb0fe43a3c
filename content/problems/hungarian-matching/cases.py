import numpy as np


def _case(name, cost, large=False):
    return {"name": name, "args": {"cost": np.asarray(cost, dtype=np.float64)}, "large": large}


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example_3x3", [[4, 1, 3], [2, 0, 5], [3, 2, 2]]),
        _case("example_2x3", [[1, 2, 3], [2, 4, 6]]),
        _case("greedy_trap", [[1, 2, 3], [2, 4, 6], [3, 6, 9]]),
        _case("empty_rows", np.zeros((0, 4))),
        _case("empty_cols", np.zeros((3, 0))),
        _case("empty_both", np.zeros((0, 0))),
        _case("one_by_one", [[-7.5]]),
        _case("single_row", [[5, 3, 8, 3, 9]]),
        _case("single_column", [[5], [3], [8], [1], [9]]),
        _case("all_equal", np.full((4, 6), 2.5)),
        _case("negative_costs", -rng.integers(0, 20, size=(5, 5))),
        _case("tall_matrix", rng.normal(size=(7, 3))),
        _case("wide_matrix", rng.normal(size=(3, 8))),
        _case("huge_values", rng.normal(size=(6, 6)) * 1e9),
        _case("integer_ties_8x8", rng.integers(0, 3, size=(8, 8))),
        _case("random_30x40", rng.random((30, 40))),
        _case("random_45x20_ties", rng.integers(0, 10, size=(45, 20))),
        _case("large_square", rng.random((250, 250)), large=True),
        _case("large_wide_int", rng.integers(0, 1000, size=(200, 400)), large=True),
    ]
    return cases


def call(solution, args: dict):
    rows, cols = solution.hungarian_matching(**args)
    return {"row_ind": np.asarray(rows), "col_ind": np.asarray(cols)}


def check(expected, got, args: dict):
    cost = np.asarray(args["cost"], dtype=np.float64)
    n, m = cost.shape
    k = min(n, m)
    if not isinstance(got, dict) or "row_ind" not in got or "col_ind" not in got:
        return "must return a pair (row_ind, col_ind)"
    r, c = np.asarray(got["row_ind"]), np.asarray(got["col_ind"])
    for name, a in (("row_ind", r), ("col_ind", c)):
        if a.shape != (k,):
            return f"{name} has shape {a.shape}, expected ({k},)"
        if k and a.dtype.kind not in "iu":
            return f"{name} must be an integer array, got dtype {a.dtype}"
    if k == 0:
        return None
    if r.min() < 0 or r.max() >= n or c.min() < 0 or c.max() >= m:
        return "index out of range"
    if np.any(np.diff(r) <= 0):
        return "row_ind must be strictly increasing (sorted by row, each row at most once)"
    if np.unique(c).size != k:
        return "a column is used more than once"
    best = float(cost[np.asarray(expected["row_ind"]), np.asarray(expected["col_ind"])].sum())
    total = float(cost[r, c].sum())
    if not np.isclose(total, best, rtol=1e-9, atol=1e-9):
        return f"total cost {total!r} is not optimal (optimal: {best!r})"
    return None
