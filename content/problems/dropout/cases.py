import numpy as np


def _case(name, x, p, training, u, large=False):
    return {
        "name": name,
        "args": {
            "x": np.asarray(x, dtype=np.float64),
            "p": float(p),
            "training": bool(training),
            "u": np.asarray(u, dtype=np.float64),
        },
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    ex_x, ex_u = [1.0, 2.0, 3.0, 4.0], [0.1, 0.5, 0.7, 0.3]
    cases = [
        _case("example_train", ex_x, 0.5, True, ex_u),
        _case("example_eval", ex_x, 0.5, False, ex_u),
        _case("u_equals_p_is_kept", [1.0, 1.0, 1.0], 0.25, True, [0.25, 0.2499, 0.9]),
        _case("p_zero", [[1.5, -2.0], [3.0, 0.0]], 0.0, True, [[0.0, 0.1], [0.5, 0.99]]),
        _case("p_one", [[1.5, -2.0], [3.0, 0.0]], 1.0, True, [[0.0, 0.1], [0.5, 0.99]]),
        _case("empty", np.zeros((0, 5)), 0.3, True, np.zeros((0, 5))),
    ]
    x = rng.normal(size=(4, 8, 6))
    cases.append(_case("train_3d", x, 0.3, True, rng.random(x.shape)))
    cases.append(_case("eval_3d", x, 0.3, False, rng.random(x.shape)))
    x = rng.normal(0.0, 1e6, size=(50,))
    cases.append(_case("train_high_p", x, 0.9, True, rng.random(x.shape)))
    x = rng.normal(size=(1_500, 1_500))
    cases.append(_case("large_train", x, 0.1, True, rng.random(x.shape), large=True))
    return cases
