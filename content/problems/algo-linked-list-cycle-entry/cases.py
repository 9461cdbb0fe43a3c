def _case(name, values, pos, large=False):
    return {"name": name, "args": {"values": values, "pos": pos}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [3, 2, 0, -4], 1),
        _case("two_nodes_cycle_at_head", [1, 2], 0),
        _case("single_no_cycle", [1], -1),
        _case("single_self_loop", [1], 0),
        _case("empty", [], -1),
        _case("no_cycle", [1, 2, 3, 4, 5], -1),
        _case("tail_self_loop", [1, 2, 3, 4, 5], 4),
        _case("all_same_values", [7] * 9, 3),
        _case("long_tail_short_cycle", list(range(30)), 27),
    ]
    for i in range(4):
        n = int(rng.integers(5, 60))
        cases.append(_case(f"random_{i}", rng.integers(-5, 5, size=n).tolist(), int(rng.integers(-1, n))))
    n = 200_000
    cases.append(_case("large_cycle", rng.integers(0, 10, size=n).tolist(), 123_457, large=True))
    cases.append(_case("large_no_cycle", rng.integers(0, 10, size=n).tolist(), -1, large=True))
    return cases


def call(solution, args: dict):
    from structures import build_list

    head, nodes = build_list(args["values"], args["pos"])
    found = solution.detect_cycle(head)
    if found is None:
        return -1
    for i, node in enumerate(nodes):
        if node is found:
            return i
    raise ValueError("detect_cycle returned a node that is not in the list")
