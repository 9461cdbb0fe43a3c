def _case(name, matrix, large=False):
    return {"name": name, "args": {"matrix": matrix}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("square", [[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
        _case("wide", [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]),
        _case("one_row", [[1, 2, 3, 4]]),
        _case("one_column", [[1], [2], [3]]),
        _case("single", [[7]]),
        _case("empty", []),
        _case("tall", [[1, 2], [3, 4], [5, 6], [7, 8]]),
        _case("middle_row_left", [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16], [17, 18, 19, 20]]),
    ]
    for i in range(4):
        r, c = int(rng.integers(1, 9)), int(rng.integers(1, 9))
        cases.append(_case(f"random_{i}", rng.integers(-9, 10, size=(r, c)).tolist()))
    cases.append(_case("large", rng.integers(0, 100, size=(600, 700)).tolist(), large=True))
    return cases
