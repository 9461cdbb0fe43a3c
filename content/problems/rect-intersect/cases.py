import numpy as np


def _case(name, a, b, large=False):
    return {
        "name": name,
        "args": {"a": np.asarray(a, dtype=np.float64).reshape(-1, 4), "b": np.asarray(b, dtype=np.float64).reshape(-1, 4)},
        "large": large,
    }


def _random_rects(rng, n, extent, max_size, integer=False):
    if integer:
        xy = rng.integers(0, extent, size=(n, 2))
        wh = rng.integers(0, max_size + 1, size=(n, 2))
    else:
        xy = rng.uniform(-extent, extent, size=(n, 2))
        wh = rng.uniform(0, max_size, size=(n, 2))
    return np.concatenate([xy, xy + wh], axis=1).astype(np.float64)


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example", [[0, 0, 2, 2], [0, 0, 2, 2], [0, 0, 2, 2], [0, 0, 4, 4]],
              [[1, 1, 3, 3], [2, 0, 3, 2], [2, 2, 3, 3], [1, 1, 1, 3]]),
        _case("empty", np.zeros((0, 4)), np.zeros((0, 4))),
        _case("containment", [[0, 0, 10, 10], [2, 2, 3, 3]], [[2, 2, 3, 3], [0, 0, 10, 10]]),
        _case("identical", [[-1, -1, 1, 1]], [[-1, -1, 1, 1]]),
        _case("identical_degenerate_point", [[1, 1, 1, 1]], [[1, 1, 1, 1]]),
        _case("touching_left_right_top_bottom", [[0, 0, 1, 1]] * 4,
              [[1, 0, 2, 1], [-1, 0, 0, 1], [0, 1, 1, 2], [0, -1, 1, 0]]),
        _case("separated", [[0, 0, 1, 1], [0, 0, 1, 1]], [[1.5, 0, 2, 1], [0, -3, 1, -0.001]]),
        _case("cross_shape", [[0, 4, 10, 6]], [[4, 0, 6, 10]]),
        _case("tiny_overlap", [[0, 0, 1, 1]], [[1 - 1e-12, 1 - 1e-12, 2, 2]]),
        _case("huge_coordinates", [[-1e300, -1e300, 1e300, 1e300], [0, 0, 1e300, 1]],
              [[0, 0, 1, 1], [1e300, 0, 1e301, 1]]),
    ]
    cases.append(_case("random_integer_grid_many_touches", _random_rects(rng, 500, 5, 3, integer=True),
                       _random_rects(rng, 500, 5, 3, integer=True)))
    cases.append(_case("random_float", _random_rects(rng, 300, 5, 4), _random_rects(rng, 300, 5, 4)))
    n = 700_000
    cases.append(_case("large_integer_grid", _random_rects(rng, n, 50, 8, integer=True),
                       _random_rects(rng, n, 50, 8, integer=True), large=True))
    return cases
