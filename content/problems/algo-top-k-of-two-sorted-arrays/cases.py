def _case(name, a, b, k, large=False):
    return {"name": name, "args": {"a": a, "b": b, "k": k}, "large": large}


def _desc(rng, n, low, high):
    return sorted(rng.integers(low, high, size=n).tolist(), reverse=True)


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [9, 7, 3], [8, 7, 1], 4),
        _case("a_empty", [], [5, 4], 1),
        _case("k_zero", [1], [2], 0),
        _case("k_all", [3, 1], [2], 3),
        _case("all_from_a", [10, 9, 8], [1, 0], 3),
        _case("all_from_b_then_a", [1], [10, 9, 8], 4),
        _case("duplicates", [5, 5, 5], [5, 5], 4),
        _case("negatives", [-1, -4, -9], [-2, -3], 5),
    ]
    for i in range(4):
        a, b = _desc(rng, int(rng.integers(0, 30)), -20, 20), _desc(rng, int(rng.integers(0, 30)), -20, 20)
        cases.append(_case(f"random_{i}", a, b, int(rng.integers(0, len(a) + len(b) + 1))))
    a, b = _desc(rng, 300_000, -10**9, 10**9), _desc(rng, 300_000, -10**9, 10**9)
    cases.append(_case("large", a, b, 200_000, large=True))
    return cases
