def _case(name, nums, queries, large=False):
    return {"name": name, "args": {"nums": nums, "queries": queries}, "large": large}


def _bitonic(rng, n_up, n_down, low, high):
    values = rng.choice(high - low, size=n_up + n_down, replace=False) + low
    up = sorted(values[:n_up].tolist())
    down = sorted(values[n_up:].tolist(), reverse=True)
    if up and down and down[0] > up[-1]:
        up, down = up + [down[0]], down[1:]   # keep a single peak
    return up + down


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [1, 3, 8, 12, 4, 2], [4, 12, 1, 2, 5, 13, 0]),
        _case("value_on_both_sides", [1, 3, 8, 12, 4, 3], [3, 8, 4]),
        _case("only_decreasing", [5, 4, 3], [6, 5, 3, 4]),
        _case("only_increasing", [-3, 0, 2, 9], [9, -3, 1]),
        _case("single", [4], [4, 3]),
        _case("empty", [], [1]),
        _case("two_down", [2, 1], [1, 2]),
        _case("negatives", [-10, -4, -1, -2, -7], [-7, -1, -10, -3]),
    ]
    for i in range(3):
        nums = _bitonic(rng, int(rng.integers(0, 20)), int(rng.integers(1, 20)), -50, 50)
        cases.append(_case(f"random_{i}", nums, rng.integers(-52, 52, size=30).tolist()))
    nums = _bitonic(rng, 250_000, 150_000, 0, 10_000_000)
    queries = rng.choice(nums, size=25_000).tolist() + rng.integers(0, 10_000_000, size=25_000).tolist()
    cases.append(_case("large", nums, queries, large=True))
    return cases


def call(solution, args: dict):
    nums = args["nums"]
    return [solution.search_bitonic(nums, q) for q in args["queries"]]
