def _case(name, a, b, large=False):
    return {"name": name, "args": {"a": a, "b": b}, "large": large}


def _subtree_level(level, start):
    """The level-order list of the subtree of `level` rooted at node index `start`."""
    kids, queue, head, i = {}, [0], 0, 1
    while head < len(queue) and i < len(level):
        parent = queue[head]
        head += 1
        for side in (0, 1):
            if i < len(level) and level[i] is not None:
                kids[(parent, side)] = i
                queue.append(i)
            i += 1
    out, todo, h = [], [start], 0
    while h < len(todo):
        node = todo[h]
        h += 1
        if node is None:
            out.append(None)
            continue
        out.append(0)
        todo += [kids.get((node, 0)), kids.get((node, 1))]
    while out and out[-1] is None:
        out.pop()
    return out


def generate(rng) -> list[dict]:
    from structures import random_level

    cases = [
        _case("example", [0, 0], [0, 0, 0, 0]),
        _case("extra_nodes_below", [0, 0], [0, 0, None, 0, 0]),
        _case("empty_a", [], [0, 0]),
        _case("empty_b", [0], []),
        _case("both_empty", [], []),
        _case("identical", [0, 0, 0], [0, 0, 0]),
        _case("mirror_is_not_same", [0, 0], [0, None, 0]),
        _case("leaf", [0], [0, 0, None, 0]),
        _case("a_bigger", [0, 0, 0, 0], [0, 0]),
    ]
    for i in range(4):
        b = random_level(rng, int(rng.integers(1, 40)), p=0.6)
        nodes = [k for k, v in enumerate(b) if v is not None]
        a = _subtree_level(b, int(rng.choice(nodes)))
        if i % 2:                      # a near miss: one extra leaf somewhere
            a = a + [0] if len(a) % 2 == 0 else a + [None, 0]
        cases.append(_case(f"random_{i}", a, b))
    b = random_level(rng, 200_000)
    nodes = [k for k, v in enumerate(b) if v is not None]
    a = _subtree_level(b, int(nodes[len(nodes) // 50]))
    cases.append(_case("large_hit", a, b, large=True))
    cases.append(_case("large_miss", a + [0] * 3, b, large=True))
    return cases


def call(solution, args: dict):
    from structures import build_tree

    a, _ = build_tree(args["a"])
    b, _ = build_tree(args["b"])
    return solution.is_subtree_shape(a, b)
