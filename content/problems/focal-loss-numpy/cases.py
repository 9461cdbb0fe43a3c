import numpy as np


def _case(name, logits, targets, alpha=None, gamma=None, large=False):
    args = {"logits": np.asarray(logits, dtype=np.float64), "targets": np.asarray(targets, dtype=np.float64)}
    if alpha is not None:  # otherwise the submission's defaults are used
        args["alpha"] = float(alpha)
    if gamma is not None:
        args["gamma"] = float(gamma)
    return {"name": name, "args": args, "large": large}


def _labels(rng, shape, positive_rate=0.3):
    return (rng.random(shape) < positive_rate).astype(np.float64)


def generate(rng: np.random.Generator) -> list[dict]:
    normal = rng.standard_normal
    cases = [
        _case("single-positive-at-zero", [0.0], [1.0]),
        _case("single-negative-at-zero", [0.0], [0.0]),
        _case("all-positive", normal(10) * 2, np.ones(10), alpha=0.25, gamma=2.0),
        _case("all-negative", normal(12) * 2, np.zeros(12), alpha=0.25, gamma=2.0),
        _case("multi-label-2d", normal((8, 5)) * 3, _labels(rng, (8, 5))),
        _case("3d", normal((2, 4, 6)), _labels(rng, (2, 4, 6)), alpha=0.4, gamma=1.5),
        _case("gamma-zero-is-weighted-bce", normal(20), _labels(rng, 20), alpha=0.25, gamma=0.0),
        _case("large-gamma", normal(20) * 2, _labels(rng, 20), alpha=0.25, gamma=5.0),
        _case("alpha-0.75", normal(30), _labels(rng, 30), alpha=0.75, gamma=2.0),
        _case("alpha-1", normal(15), _labels(rng, 15), alpha=1.0, gamma=2.0),
        _case("extreme-logits-right", [100.0, -100.0, 50.0, -50.0], [1.0, 0.0, 1.0, 0.0]),
        _case("extreme-logits-wrong", [100.0, -100.0, 50.0, -50.0], [0.0, 1.0, 0.0, 1.0]),
        _case("extreme-mixed", normal((6, 6)) * 60, _labels(rng, (6, 6), 0.5), alpha=0.3, gamma=2.0),
        _case("rare-positives", normal(500) * 3 - 2, _labels(rng, 500, 0.01), alpha=0.25, gamma=2.0),
        _case("random-1000", normal(1000) * 4, _labels(rng, 1000), alpha=0.2, gamma=3.0),
    ]
    shape = (1000, 1000)
    cases.append(_case("large", normal(shape) * 4, _labels(rng, shape, 0.05), large=True))
    return cases
