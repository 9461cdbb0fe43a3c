import numpy as np


def _case(name, logits, labels, large=False):
    return {
        "name": name,
        "args": {
            "logits": np.asarray(logits, dtype=np.float64),
            "labels": np.asarray(labels, dtype=np.int64),
        },
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example", [[2.0, 1.0, 0.1], [0.0, 0.0, 0.0]], [0, 2]),
        _case("single_sample", [[0.5, -1.5, 3.0, 0.0]], [3]),
        _case("single_class", [[7.0], [-3.0], [0.0]], [0, 0, 0]),
        _case("uniform_logits", np.zeros((5, 10)), [0, 1, 2, 3, 9]),
        _case("huge_positive", [[1000.0, 0.0], [0.0, 1000.0], [1000.0, 1000.0]], [0, 0, 1]),
        _case("huge_negative", [[-1000.0, -1001.0, -1002.0], [-5000.0, -5000.0, -4000.0]], [2, 0]),
        _case("wrong_class_far_away", [[0.0, 800.0], [-400.0, 400.0]], [0, 0]),
    ]
    n, c = 64, 12
    cases.append(_case("random", rng.normal(0.0, 3.0, size=(n, c)), rng.integers(0, c, size=n)))
    n, c = 40, 7
    cases.append(_case("random_scaled", rng.normal(0.0, 300.0, size=(n, c)), rng.integers(0, c, size=n)))
    n, c = 30_000, 100
    cases.append(_case("large_batch", rng.normal(0.0, 4.0, size=(n, c)), rng.integers(0, c, size=n), large=True))
    return cases
