def _case(name, nums, large=False):
    return {"name": name, "args": {"nums": nums}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [2, 2, 1, 1, 1, 2, 2]),
        _case("none", [1, 2, 3]),
        _case("empty", []),
        _case("single", [-4]),
        _case("exactly_half", [1, 1, 2, 2]),
        _case("last_survivor_not_majority", [1, 2, 3, 3]),
        _case("negative_majority", [-1, 5, -1, -1, 0, -1]),
        _case("majority_at_end", [4, 5, 6, 7, 7, 7, 7, 7]),
    ]
    for i in range(4):
        n = int(rng.integers(1, 40))
        nums = rng.integers(0, 3, size=n).tolist()
        if i % 2 == 0:
            nums += [9] * (n + 1)
            rng.shuffle(nums)
        cases.append(_case(f"random_{i}", nums))
    n = 200_000
    nums = rng.integers(0, 700, size=n // 2 - 1).tolist() + [777] * (n // 2 + 1)
    rng.shuffle(nums)
    cases.append(_case("large_majority", nums, large=True))
    nums = rng.integers(0, 700, size=n // 2).tolist() + [777] * (n // 2)
    rng.shuffle(nums)
    cases.append(_case("large_exactly_half", nums, large=True))
    return cases
