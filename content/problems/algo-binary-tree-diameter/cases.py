def _case(name, level, large=False):
    return {"name": name, "args": {"level": level}, "large": large}


def generate(rng) -> list[dict]:
    from structures import random_level

    cases = [
        _case("example", [1, 2, 3, 4, 5]),
        _case("two", [1, 2]),
        _case("empty", []),
        _case("single", [1]),
        _case("not_through_root", [1, 2, None, 3, 4, 5, None, None, 6, 7, None, None, 8]),
        _case("left_chain", [1, 2, None, 3, None, 4]),
        _case("full", [1, 2, 3, 4, 5, 6, 7]),
    ]
    for i in range(4):
        cases.append(_case(f"random_{i}", random_level(rng, int(rng.integers(1, 40)), p=0.6)))
    cases.append(_case("large", random_level(rng, 200_000), large=True))
    return cases


def call(solution, args: dict):
    from structures import build_tree

    root, _ = build_tree(args["level"])
    return solution.diameter_of_binary_tree(root)
