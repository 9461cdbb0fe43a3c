import numpy as np


def _case(name, pred, target, beta, large=False):
    return {
        "name": name,
        "args": {
            "pred": np.asarray(pred, dtype=np.float64),
            "target": np.asarray(target, dtype=np.float64),
            "beta": float(beta),
        },
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example_beta1", [0.0, 0.5, 3.0], [0.0, 0.0, 0.0], 1.0),
        _case("example_beta2", [0.0, 0.5, 3.0], [0.0, 0.0, 0.0], 2.0),
        _case("at_threshold", [1.0, -1.0, 0.25, 2.25], [0.0, 0.0, 0.0, 2.0], 0.25),
        _case("beta_zero_is_l1", [1.0, -2.0, 0.5], [0.0, 0.0, 0.0], 0.0),
        _case("identical", np.ones((3, 4)), np.ones((3, 4)), 1.0),
        _case("single_element", [[2.5]], [[-1.0]], 1.0 / 9.0),
    ]
    p = rng.normal(size=(16, 4))
    t = p + rng.normal(0.0, 0.3, size=(16, 4))
    cases.append(_case("boxes_small_beta", p, t, 1.0 / 9.0))
    p = rng.normal(size=(5, 6, 7))
    cases.append(_case("3d_beta_half", p, rng.normal(size=(5, 6, 7)), 0.5))
    cases.append(_case("huge_errors", [1e8, -1e8, 1e-8], [0.0, 0.0, 0.0], 3.0))
    p = rng.normal(size=(500_000, 4))
    cases.append(_case("large", p, p + rng.normal(0.0, 0.5, size=p.shape), 0.2, large=True))
    return cases
