def _case(name, a_only, b_only, common, large=False):
    return {"name": name, "args": {"a_only": a_only, "b_only": b_only, "common": common}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [4, 1], [5, 6, 1], [8, 4, 5]),
        _case("equal_values_no_share", [1, 2], [1, 2], []),
        _case("both_empty", [], [], []),
        _case("a_empty", [], [1, 2, 3], []),
        _case("identical_lists", [], [], [1, 2, 3]),
        _case("a_is_suffix_of_b", [], [9, 9], [3, 4]),
        _case("share_only_last", [1, 2, 3], [4], [5]),
        _case("same_values_everywhere", [7, 7, 7], [7], [7, 7]),
    ]
    for i in range(3):
        def part(hi):
            return rng.integers(0, 5, size=int(rng.integers(0, hi))).tolist()
        cases.append(_case(f"random_{i}", part(20), part(20), part(10)))
    cases.append(_case("large", rng.integers(0, 100, size=100_000).tolist(),
                       rng.integers(0, 100, size=60_000).tolist(), rng.integers(0, 100, size=40_000).tolist(), large=True))
    cases.append(_case("large_disjoint", rng.integers(0, 3, size=100_000).tolist(),
                       rng.integers(0, 3, size=90_000).tolist(), [], large=True))
    return cases


def call(solution, args: dict):
    from structures import build_list

    shared, shared_nodes = build_list(args["common"])
    head_a, a_nodes = build_list(args["a_only"])
    head_b, b_nodes = build_list(args["b_only"])
    if a_nodes:
        a_nodes[-1].next = shared
    else:
        head_a = shared
    if b_nodes:
        b_nodes[-1].next = shared
    else:
        head_b = shared
    found = solution.get_intersection_node(head_a, head_b)
    if found is None:
        return -1
    for i, node in enumerate(a_nodes + shared_nodes):
        if node is found:
            return i
    raise ValueError("get_intersection_node returned a node that is not in list A")
