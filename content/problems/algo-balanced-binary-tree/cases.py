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
        cases.append(_case(f"random_{i}", _random_level(rng, int(rng.integers(1, 12)), p=0.8)))
    n = (1 << 17) - 1
    cases.append(_case("large_complete", [0] * n, large=True))
    deep = [0] * n + [0]                  # one extra leaf: still balanced
    cases.append(_case("large_complete_plus_one", deep, large=True))
    cases.append(_case("large_random", _random_level(rng, 200_000), large=True))
    return cases


def call(solution, args: dict):
    from structures import build_tree

    root, _ = build_tree(args["level"])
    return solution.is_balanced(root)
