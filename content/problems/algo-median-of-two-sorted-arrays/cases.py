def _case(name, a, b, large=False):
    return {"name": name, "args": {"a": a, "b": b}, "large": large}


def _sorted(rng, n, low, high):
    return sorted(rng.integers(low, high, size=n).tolist())


def generate(rng) -> list[dict]:
    cases = [
        _case("odd_total", [1, 3], [2]),
        _case("even_total", [1, 2], [3, 4]),
        _case("a_empty", [], [5]),
        _case("b_empty_even", [1, 2, 3, 4], []),
        _case("all_a_smaller", [1, 2, 3], [10, 11, 12, 13]),
        _case("interleaved", [1, 4, 7], [2, 3, 5, 6]),
        _case("duplicates", [2, 2, 2], [2, 2]),
        _case("negatives", [-5, -3, -1], [-4, -2]),
        _case("single_each", [1], [2]),
        _case("very_unequal", [100], list(range(50))),
    ]
    for i in range(5):
        cases.append(_case(f"random_{i}", _sorted(rng, int(rng.integers(0, 30)), -50, 50),
                           _sorted(rng, int(rng.integers(1, 30)), -50, 50)))
    cases.append(_case("large", _sorted(rng, 250_000, -10**9, 10**9), _sorted(rng, 250_001, -10**9, 10**9), large=True))
    return cases
