def _random_level(rng, n, p=0.7, values=None):
    """A random tree of exactly n nodes (n >= 1) in level order, None for missing children."""
    level = [0]
    count, i, pending = 1, 0, 1        # pending: nodes whose children are not decided yet
    while count < n:
        if level[i] is not None:
            pending -= 1
            for side in range(2):
                # never let the tree die out before it has n nodes
                forced = side == 1 and pending == 0 and level[-1] is None
                if count < n and (forced or rng.random() < p):
                    level.append(0)
                    count += 1
                    pending += 1
                else:
                    level.append(None)
        i += 1
    while level and level[-1] is None:
        level.pop()
    if values is not None:
        it = iter(values)
        level = [None if v is None else int(next(it)) for v in level]
    return level


def _case(name, level, large=False):
    return {"name": name, "args": {"level": level}, "large": large}


def generate(rng) -> list[dict]:
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
        cases.append(_case(f"random_{i}", _random_level(rng, n, values=rng.integers(-9, 9, size=n).tolist())))
    n = 200_000
    cases.append(_case("large", _random_level(rng, n, values=rng.integers(0, 10**6, size=n).tolist()), large=True))
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
