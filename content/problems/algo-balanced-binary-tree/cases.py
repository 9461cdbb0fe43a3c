def _case(name, level, large=False):
    return {"name": name, "args": {"level": level}, "large": large}


def generate(rng) -> list[dict]:
    from structures import random_level

    cases = [
        _case("example", [3, 9, 20, None, None, 15, 7]),
        _case("unbalanced", [1, 2, 2, 3, 3, None, None, 4, 4]),
        _case("root_ok_inside_not", [1, 2, 2, 3, None, None, 3, 4, None, None, 4]),
        _case("empty", []),
        _case("single", [1]),
        _case("chain_of_two", [1, 2]),
        _case("chain_of_three", [1, 2, None, 3]),
        _case("full", [1, 2, 3, 4, 5, 6, 7]),
    ]
    for i in range(4):
        cases.append(_case(f"random_{i}", random_level(rng, int(rng.integers(1, 12)), p=0.8)))
    n = (1 << 17) - 1
    cases.append(_case("large_complete", [0] * n, large=True))
    deep = [0] * n + [0]                  # one extra leaf: still balanced
    cases.append(_case("large_complete_plus_one", deep, large=True))
    cases.append(_case("large_random", random_level(rng, 200_000), large=True))
    return cases


def call(solution, args: dict):
    from structures import build_tree

    root, _ = build_tree(args["level"])
    return solution.is_balanced(root)
