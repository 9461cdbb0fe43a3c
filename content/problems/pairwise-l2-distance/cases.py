import numpy as np


def _case(name, a, b, large=False):
    return {
        "name": name,
        "args": {"a": np.asarray(a, dtype=np.float64), "b": np.asarray(b, dtype=np.float64)},
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example", [[0.0, 0.0], [1.0, 1.0]], [[3.0, 4.0], [0.0, 0.0], [1.0, 0.0]]),
        _case("empty_a", np.zeros((0, 3)), rng.normal(size=(4, 3))),
        _case("empty_b", rng.normal(size=(4, 3)), np.zeros((0, 3))),
        _case("one_dim", [[1.0], [-2.0], [0.5]], [[0.0], [3.0]]),
        _case("same_point_repeated", np.tile([[0.1, 0.7, -0.3]], (5, 1)), np.tile([[0.1, 0.7, -0.3]], (4, 1))),
    ]
    a = rng.normal(size=(200, 32))
    b = np.vstack([a[:120], rng.normal(size=(30, 32))])
    cases.append(_case("many_duplicates", a, b))
    a = rng.normal(size=(60, 16)) + 10.0
    cases.append(_case("offset_with_duplicates", a, a[::-1].copy()))
    cases.append(_case("scale_ten", rng.normal(size=(40, 8)) * 10.0, rng.normal(size=(50, 8)) * 10.0))
    cases.append(_case("self_distances", *(lambda x: (x, x))(rng.uniform(-1, 1, size=(100, 3)))))
    cases.append(_case("large", rng.normal(size=(2000, 64)), rng.normal(size=(2000, 64)), large=True))
    return cases
