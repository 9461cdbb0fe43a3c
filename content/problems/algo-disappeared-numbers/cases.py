def _case(name, nums, large=False):
    return {"name": name, "args": {"nums": nums}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [4, 3, 2, 7, 8, 2, 3, 1]),
        _case("one_missing", [1, 1]),
        _case("empty", []),
        _case("single", [1]),
        _case("none_missing", [3, 1, 2]),
        _case("all_same", [2, 2, 2, 2]),
        _case("marked_before_read", [2, 1, 1]),
    ]
    for i in range(4):
        n = int(rng.integers(1, 40))
        cases.append(_case(f"random_{i}", rng.integers(1, n + 1, size=n).tolist()))
    n = 100_000
    cases.append(_case("large", rng.integers(1, n + 1, size=n).tolist(), large=True))
    return cases
