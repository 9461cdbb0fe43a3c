def _case(name, nums, large=False):
    return {"name": name, "args": {"nums": nums}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [-2, 1, -3, 4, -1, 2, 1, -5, 4]),
        _case("all_negative", [-3, -1, -2]),
        _case("single_negative", [-5]),
        _case("single_positive", [5]),
        _case("all_positive", [1, 2, 3, 4]),
        _case("zeros", [0, 0, 0]),
        _case("dip_in_middle", [5, -9, 6]),
        _case("worth_crossing", [5, -2, 6]),
    ]
    for i in range(4):
        n = int(rng.integers(1, 60))
        cases.append(_case(f"random_{i}", rng.integers(-50, 50, size=n).tolist()))
    cases.append(_case("large", rng.integers(-10**4, 10**4, size=1_000_000).tolist(), large=True))
    return cases
