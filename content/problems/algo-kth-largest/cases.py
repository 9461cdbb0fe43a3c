def _case(name, nums, k, large=False):
    return {"name": name, "args": {"nums": nums, "k": k}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [3, 2, 1, 5, 6, 4], 2),
        _case("duplicates", [3, 2, 3, 1, 2, 4, 5, 5, 6], 4),
        _case("single", [-7], 1),
        _case("k_is_n", [5, -1, 3], 3),
        _case("k_is_1", [5, -1, 3], 1),
        _case("all_equal", [2, 2, 2, 2], 3),
        _case("negatives", [-5, -1, -3, -2], 2),
        _case("sorted_input", list(range(1, 101)), 10),
    ]
    for i in range(4):
        n = int(rng.integers(1, 80))
        cases.append(_case(f"random_{i}", rng.integers(-20, 20, size=n).tolist(), int(rng.integers(1, n + 1))))
    cases.append(_case("large", rng.integers(-10**9, 10**9, size=200_000).tolist(), 100_000, large=True))
    return cases
