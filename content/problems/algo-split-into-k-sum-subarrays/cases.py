def _case(name, nums, k, large=False):
    return {"name": name, "args": {"nums": nums, "k": k}, "large": large}


def _pieces(rng, count, k, size):
    """`count` random pieces that each sum to k, concatenated."""
    out = []
    for _ in range(count):
        part = rng.integers(-5, 6, size=int(rng.integers(1, size + 1))).tolist()
        part[-1] += k - sum(part)
        out += part
    return out


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [2, 1, 3, 0, 1, 2], 3),
        _case("total_ok_order_not", [2, 2, 2], 3),
        _case("one_piece", [5, -2], 3),
        _case("empty", [], 3),
        _case("single_yes", [4], 4),
        _case("single_no", [2], 4),
        _case("zeros_around", [0, 3, 0, 0, 3, 0], 3),
        _case("negative_total", [-3, -3], 3),
        _case("late_second_cut", [3, 1, -1, 2, 1], 3),
        _case("prefix_hits_2k_first", [6, -3, 3], 3),
    ]
    for i in range(4):
        nums = _pieces(rng, int(rng.integers(1, 6)), 4, 5)
        if i % 2:
            j = int(rng.integers(0, len(nums)))
            nums[j] += 4 if nums[j] < 0 else -4     # break it, usually
        cases.append(_case(f"random_{i}", nums, 4))
    nums = _pieces(rng, 20_000, 7, 9)
    cases.append(_case("large_yes", nums, 7, large=True))
    broken = list(nums)
    broken[len(broken) // 2] += 7
    broken[len(broken) // 2 + 1] -= 7                # same total, one cut disappears (probably)
    cases.append(_case("large_maybe", broken, 7, large=True))
    return cases
