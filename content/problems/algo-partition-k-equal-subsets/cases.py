def _case(name, nums, k, large=False):
    return {"name": name, "args": {"nums": nums, "k": k}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [4, 3, 2, 3, 5, 2, 1], 4),
        _case("no", [1, 2, 3, 4], 3),
        _case("k_is_1", [7, 1, 9], 1),
        _case("k_is_n", [2, 2, 2], 3),
        _case("single", [5], 1),
        _case("element_equals_target", [10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 2),
        _case("element_too_big", [10, 1, 1, 1, 1, 1, 1, 1, 1], 2),     # target 9 < 10
        _case("greedy_trap", [3, 3, 2, 2, 2], 2),
        _case("not_divisible", [1, 1, 1, 2], 2),
    ]
    for i in range(4):
        n = int(rng.integers(3, 12))          # k <= 3 <= n
        cases.append(_case(f"random_{i}", rng.integers(1, 8, size=n).tolist(), int(rng.integers(2, 4))))
    # Total 52 = 4 * 13, but only the bucket holding the 7 can reach 13 (3 + 3 + 7);
    # 3s alone never make 13, so the answer is no and unpruned search tries everything.
    no = [3] * 15 + [7]
    cases.append(_case("large_no", no, 4, large=True))
    yes = rng.integers(100, 1000, size=12).tolist()
    parts = [yes[0:3], yes[3:6], yes[6:9], yes[9:12]]
    target = max(sum(p) for p in parts) + 50
    nums = [x for p in parts for x in p] + [target - sum(p) for p in parts]
    cases.append(_case("large_yes", [int(x) for x in nums], 4, large=True))
    return cases
