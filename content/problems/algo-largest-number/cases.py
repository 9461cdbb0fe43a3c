def _case(name, nums, large=False):
    return {"name": name, "args": {"nums": nums}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [2, 32]),
        _case("classic", [3, 30, 34, 5, 9]),
        _case("ten_and_two", [10, 2]),
        _case("all_zeros", [0, 0, 0]),
        _case("single_zero", [0]),
        _case("single", [1000000000]),
        _case("prefix_pairs", [121, 12]),
        _case("prefix_pairs_2", [824, 8247]),
        _case("zero_and_others", [0, 9, 0, 90]),
        _case("same_digits", [111, 11, 1]),
    ]
    for i in range(4):
        n = int(rng.integers(1, 30))
        cases.append(_case(f"random_{i}", rng.integers(0, 1000, size=n).tolist()))
    cases.append(_case("large", rng.integers(0, 10**9, size=20_000).tolist(), large=True))
    return cases
