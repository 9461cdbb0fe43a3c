def _case(name, nums, large=False):
    return {"name": name, "args": {"nums": nums}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [2, 0, 2, 1, 1, 0]),
        _case("empty", []),
        _case("single", [1]),
        _case("two_zero", [2, 0]),
        _case("all_twos", [2, 2, 2]),
        _case("no_ones", [2, 0, 0, 2, 0]),
        _case("reverse_sorted", [2, 2, 1, 1, 0, 0]),
        _case("already_sorted", [0, 1, 2]),
    ]
    for i in range(4):
        cases.append(_case(f"random_{i}", rng.integers(0, 3, size=int(rng.integers(1, 50))).tolist()))
    cases.append(_case("large", rng.integers(0, 3, size=1_000_000).tolist(), large=True))
    return cases


def call(solution, args: dict):
    nums = list(args["nums"])
    solution.sort_colors(nums)
    return nums
