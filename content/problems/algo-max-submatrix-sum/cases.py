def _case(name, matrix, large=False):
    return {"name": name, "args": {"matrix": matrix}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [[0, -2, -7, 0], [9, 2, -6, 2], [-4, 1, -4, 1], [-1, 8, 0, -2]]),
        _case("single", [[-5]]),
        _case("all_negative", [[-3, -8], [-1, -9]]),
        _case("one_row", [[1, -2, 3, 4, -1]]),
        _case("one_column", [[2], [-1], [3]]),
        _case("all_positive", [[1, 2], [3, 4]]),
        _case("tall", [[1], [-3], [4], [-1], [2], [1]]),
    ]
    for i in range(4):
        r, c = int(rng.integers(1, 9)), int(rng.integers(1, 9))
        cases.append(_case(f"random_{i}", rng.integers(-10, 10, size=(r, c)).tolist()))
    cases.append(_case("large", rng.integers(-1000, 1000, size=(150, 150)).tolist(), large=True))
    cases.append(_case("large_wide", rng.integers(-1000, 900, size=(40, 400)).tolist(), large=True))
    return cases
