def _case(name, nums, target, large=False):
    return {"name": name, "args": {"nums": nums, "target": target}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example_yes", [3, 34, 4, 12, 5, 2], 9),
        _case("example_no", [3, 34, 4, 12, 5, 2], 30),
        _case("greedy_trap", [5, 3, 3], 6),
        _case("target_zero", [4, 7], 0),
        _case("empty_zero", [], 0),
        _case("empty_positive", [], 3),
        _case("zeros", [0, 0, 0], 1),
        _case("use_once", [5], 10),
        _case("whole_array", [1, 2, 3, 4], 10),
        _case("too_big", [1, 2, 3], 7),
    ]
    for i in range(4):
        nums = rng.integers(0, 30, size=int(rng.integers(1, 15))).tolist()
        cases.append(_case(f"random_{i}", nums, int(rng.integers(0, sum(nums) + 5))))
    # Targets stay within the stated bound (<= 10^5) so the plain O(n * M) DP passes.
    evens = (rng.integers(1, 5000, size=200) * 2).tolist()
    cases.append(_case("large_odd_target_no", evens, 60_001, large=True))
    nums = rng.integers(1, 10_000, size=200).tolist()
    cases.append(_case("large_yes", nums, sum(nums[::20]), large=True))     # 10 numbers, < 10^5
    return cases
