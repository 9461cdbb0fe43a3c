def _case(name, level, p, q, large=False):
    return {"name": name, "args": {"level": level, "p": p, "q": q}, "large": large}


def _random_case(rng, name, n, large=False):
    from structures import random_level

    level = random_level(rng, n, values=rng.permutation(n * 3)[:n].tolist())
    values = [v for v in level if v is not None]
    p, q = (int(v) for v in rng.choice(values, size=2))
    return _case(name, level, p, q, large)


def generate(rng) -> list[dict]:
    tree = [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4]
    cases = [
        _case("example", tree, 5, 1),
        _case("ancestor_of_other", tree, 5, 4),
        _case("same_node", tree, 7, 7),
        _case("deep_pair", tree, 7, 4),
        _case("root_and_leaf", tree, 3, 8),
        _case("single", [1], 1, 1),
        _case("two_nodes", [1, 2], 2, 1),
        _case("not_a_bst", [1, 9, 2, None, None, 8, 3], 8, 3),
    ]
    for i in range(4):
        cases.append(_random_case(rng, f"random_{i}", int(rng.integers(2, 40))))
    cases.append(_random_case(rng, "large", 200_000, large=True))
    return cases


def call(solution, args: dict):
    from structures import build_tree

    root, nodes = build_tree(args["level"])
    by_value = {node.val: node for node in nodes}
    found = solution.lowest_common_ancestor(root, by_value[args["p"]], by_value[args["q"]])
    return None if found is None else found.val
