import numpy as np


def _case(name, points, w, b, large=False):
    return {
        "name": name,
        "args": {"points": np.asarray(points, dtype=np.float64).reshape(-1, 2), "w": float(w), "b": float(b)},
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example", [[0.0, 1.0], [1.0, 3.0], [2.0, 2.0]], 1.0, 1.0),
        _case("empty", np.zeros((0, 2)), 2.0, -1.0),
        _case("single_point", [[2.0, 7.0]], 3.0, 0.5),
        _case("perfect_fit", [[x, 2 * x - 3] for x in range(-3, 4)], 2.0, -3.0),
        _case("symmetric_errors", [[0.0, 1.0], [0.0, -1.0], [1.0, 2.0], [1.0, 0.0]], 1.0, 0.0),
        _case("horizontal_line", [[1.0, 2.0], [5.0, 4.0], [9.0, 0.0]], 0.0, 2.0),
    ]
    x = rng.uniform(-5, 5, size=50)
    y = 1.7 * x - 0.3 + rng.normal(0, 0.5, size=50)
    cases.append(_case("noisy_line", np.stack([x, y], 1), 1.5, 0.0))
    x = rng.uniform(-1e4, 1e4, size=20)
    cases.append(_case("large_values", np.stack([x, 3e3 * x + rng.normal(0, 1e3, size=20)], 1), 3e3, 5e2))
    x = rng.normal(size=2_000_000)
    cases.append(_case("large", np.stack([x, -0.5 * x + 2 + rng.normal(0, 1, size=x.size)], 1), -0.4, 2.1,
                       large=True))
    return cases
