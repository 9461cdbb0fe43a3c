def _case(name, values, large=False):
    return {"name": name, "args": {"values": values}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [1, 2, 3, 4, 5]),
        _case("empty", []),
        _case("single", [7]),
        _case("two", [1, 2]),
        _case("duplicates", [3, 3, 1, 3]),
        _case("negative", [-1, 0, -5, 8]),
    ]
    cases.append(_case("random", rng.integers(-100, 100, size=50).tolist()))
    cases.append(_case("large", rng.integers(-10**9, 10**9, size=200_000).tolist(), large=True))
    return cases


def call(solution, args: dict):
    from structures import build_list, list_values

    head, nodes = build_list(args["values"])
    return list_values(solution.reverse_list(head), limit=len(nodes))
