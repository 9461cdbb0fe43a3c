def _case(name, level, large=False):
    return {"name": name, "args": {"level": level}, "large": large}


def generate(rng) -> list[dict]:
    from structures import random_level

    cases = [
        _case("example", [1, 3, 2, 5, 3, None, 9]),
        _case("empty", []),
        _case("single", [1]),
        _case("gap_in_middle", [1, 3, 2, 5, None, None, 9, 6, None, None, 7]),
        _case("left_chain", [1, 2, None, 3, None, 4]),
        _case("two_long_arms", [1, 2, 3, 4, None, None, 5, 6, None, None, 7]),
        _case("full", [1, 2, 3, 4, 5, 6, 7]),
    ]
    # two arms of 300 nodes: the bottom level is 2^300 positions wide
    arms = [0, 0, 0]
    for _ in range(299):
        arms += [0, None, None, 0]
    cases.append(_case("huge_width", arms))
    for i in range(3):
        cases.append(_case(f"random_{i}", random_level(rng, int(rng.integers(1, 40)))))
    cases.append(_case("large", random_level(rng, 200_000), large=True))
    return cases


def call(solution, args: dict):
    from structures import build_tree

    root, _ = build_tree(args["level"])
    return solution.width_of_binary_tree(root)
