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
        cases.append(_case(f"random_{i}", _random_level(rng, int(rng.integers(1, 40)))))
    cases.append(_case("large", _random_level(rng, 200_000), large=True))
    return cases


def call(solution, args: dict):
    from structures import build_tree

    root, _ = build_tree(args["level"])
    return solution.width_of_binary_tree(root)
