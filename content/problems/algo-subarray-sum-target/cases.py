def _case(name, nums, target, large=False):
    return {"name": name, "args": {"nums": nums, "target": target}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [1, 2, 3, 7, 5], 12),
        _case("none", [1, 2, 3], 7),
        _case("empty", [], 3),
        _case("single_hit", [5], 5),
        _case("single_miss", [5], 4),
        _case("whole_array", [1, 1, 1, 1], 4),
        _case("last_element", [4, 4, 4, 9], 9),
        _case("skip_large_value", [100, 1, 2, 100], 3),
        _case("ones", [1] * 20, 7),
    ]
    for i in range(5):
        nums = rng.integers(1, 10, size=int(rng.integers(1, 40))).tolist()
        target = int(rng.integers(1, sum(nums) + 3))
        cases.append(_case(f"random_{i}", nums, target))
    nums = rng.integers(1, 100, size=100_000).tolist()
    cases.append(_case("large_hit", nums, sum(nums[60_000:95_000]), large=True))
    cases.append(_case("large_miss", nums, sum(nums) + 1, large=True))
    return cases


def check(expected, got, args):
    nums, target = args["nums"], args["target"]
    if expected == []:
        return None if got == [] else f"there is no such subarray, expected [], got {got!r}"
    if not (isinstance(got, list) and len(got) == 2 and all(type(v) is int for v in got)):
        return f"expected a list [l, r] of two ints, got {got!r}"
    left, right = got
    if not 0 <= left <= right < len(nums):
        return f"[{left}, {right}] is not a valid inclusive range of {len(nums)} elements"
    total = sum(nums[left : right + 1])
    if total != target:
        return f"sum(nums[{left}:{right + 1}]) is {total}, not {target}"
    return None
