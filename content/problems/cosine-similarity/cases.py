import numpy as np


def _case(name, a, b, large=False):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return {"name": name, "args": {"a": a, "b": b}, "large": large}


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example", [[1.0, 0.0], [1.0, 1.0], [0.0, 0.0]], [[2.0, 0.0], [0.0, -3.0]]),
        _case("identical_and_opposite", [[1.0, 2.0, 3.0]], [[2.0, 4.0, 6.0], [-1.0, -2.0, -3.0]]),
        _case("all_zero", np.zeros((2, 3)), np.zeros((4, 3))),
        _case("empty_a", np.zeros((0, 5)), rng.normal(size=(3, 5))),
        _case("empty_b", rng.normal(size=(3, 5)), np.zeros((0, 5))),
        _case("zero_dim", np.zeros((3, 0)), np.zeros((2, 0))),
        _case("single_dim", [[2.0], [-0.5], [0.0]], [[3.0], [-1.0]]),
        _case("tiny_vectors", rng.normal(size=(4, 6)) * 1e-100, rng.normal(size=(3, 6))),
        _case("huge_vectors", rng.normal(size=(4, 6)) * 1e100, rng.normal(size=(5, 6)) * 1e-50),
    ]
    a = rng.normal(size=(20, 16))
    a[[3, 11]] = 0.0
    b = rng.normal(size=(15, 16))
    b[7] = 0.0
    cases.append(_case("random_with_zero_rows", a, b))
    cases.append(_case("large", rng.normal(size=(2000, 128)), rng.normal(size=(2000, 128)), large=True))
    return cases
