def _case(name, level, large=False):
    return {"name": name, "args": {"level": level}, "large": large}


def generate(rng) -> list[dict]:
    from structures import random_level

    cases = [
        _case("example", [1, 2, 5, 3, 4, None, 6]),
        _case("empty", []),
        _case("single", [0]),
        _case("left_chain", [1, 2, None, 3]),
        _case("right_chain", [1, None, 2, None, 3]),
        _case("negatives", [-1, -2, -3, None, -4]),
    ]
    for i in range(4):
        n = int(rng.integers(1, 40))
        cases.append(_case(f"random_{i}", random_level(rng, n, values=rng.integers(-9, 9, size=n).tolist())))
    n = 200_000
    cases.append(_case("large", random_level(rng, n, values=rng.integers(0, 10**6, size=n).tolist()), large=True))
    return cases


def call(solution, args: dict):
    from structures import build_tree

    root, nodes = build_tree(args["level"])
    own = {id(node) for node in nodes}
    solution.flatten(root)
    out, seen, node = [], set(), root
    while node is not None:
        if id(node) in seen:
            raise ValueError("the flattened list has a cycle")
        if id(node) not in own:
            raise ValueError("the flattened list contains a node that was not in the tree")
        if node.left is not None:
            raise ValueError(f"node {node.val!r} still has a left child after flatten")
        seen.add(id(node))
        out.append(node.val)
        node = node.right
    return out
