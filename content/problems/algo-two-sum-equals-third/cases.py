def _case(name, nums, large=False):
    return {"name": name, "args": {"nums": nums}, "large": large}


def _distinct(rng, n, low, high):
    """n distinct integers from [low, high], in random order."""
    return (rng.choice(high - low + 1, size=n, replace=False) + low).astype(int).tolist()


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [1, 2, 3, 5]),
        _case("zero_is_not_enough", [-1, 0, 1, 4]),
        _case("empty", []),
        _case("two", [1, 2]),
        _case("none", [1, 10, 100]),
        _case("negatives", [-5, -3, -2, 1, 4]),
        _case("fibonacci", [1, 2, 3, 5, 8, 13, 21]),
        _case("unsorted", [9, 4, 5, -4, 0, 13]),
    ]
    for i in range(4):
        cases.append(_case(f"random_{i}", _distinct(rng, int(rng.integers(3, 25)), -40, 40)))
    cases.append(_case("large", _distinct(rng, 1500, -1_000_000, 1_000_000), large=True))
    return cases
