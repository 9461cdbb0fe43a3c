def _case(name, a, b, large=False):
    return {"name": name, "args": {"a": a, "b": b}, "large": large}


def _sorted(rng, n, low, high):
    return sorted(rng.integers(low, high, size=n).tolist())


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [1, 2, 4], [1, 3, 4]),
        _case("both_empty", [], []),
        _case("first_empty", [], [0]),
        _case("second_empty", [-3, 5], []),
        _case("all_first_smaller", [1, 2, 3], [10, 20]),
        _case("equal_values", [2, 2, 2], [2, 2]),
        _case("negatives", [-9, -4, 0], [-10, -4, 7]),
        _case("single_each", [5], [1]),
    ]
    for i in range(3):
        cases.append(_case(f"random_{i}", _sorted(rng, int(rng.integers(0, 40)), -50, 50),
                           _sorted(rng, int(rng.integers(0, 40)), -50, 50)))
    cases.append(_case("large", _sorted(rng, 100_000, -10**9, 10**9), _sorted(rng, 100_000, -10**9, 10**9), large=True))
    return cases


def call(solution, args: dict):
    from structures import build_list, list_values

    l1, n1 = build_list(args["a"])
    l2, n2 = build_list(args["b"])
    return list_values(solution.merge_two_lists(l1, l2), limit=len(n1) + len(n2) + 1)
