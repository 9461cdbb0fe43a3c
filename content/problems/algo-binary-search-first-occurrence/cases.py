def _case(name, nums, queries, large=False):
    return {"name": name, "args": {"nums": nums, "queries": queries}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [1, 2, 2, 2, 3], [2, 4, 1, 3, 0]),
        _case("empty", [], [0, 5]),
        _case("single", [7], [7, 6, 8]),
        _case("all_same", [5] * 9, [5, 4, 6]),
        _case("negatives", [-9, -9, -3, 0, 0, 4], [-9, 0, -4, 4, 5]),
        _case("first_and_last", [1, 1, 2, 3, 3], [1, 3]),
    ]
    for i in range(3):
        nums = sorted(rng.integers(-20, 20, size=int(rng.integers(1, 50))).tolist())
        cases.append(_case(f"random_{i}", nums, rng.integers(-22, 22, size=30).tolist()))
    nums = sorted(rng.integers(0, 1_000_000, size=400_000).tolist())
    cases.append(_case("large", nums, rng.integers(-10, 1_000_010, size=50_000).tolist(), large=True))
    return cases


def call(solution, args: dict):
    nums = args["nums"]
    return [solution.search_first(nums, q) for q in args["queries"]]
