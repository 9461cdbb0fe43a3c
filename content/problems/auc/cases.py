import numpy as np


def _case(name, scores, labels, large=False):
    return {
        "name": name,
        "args": {"scores": np.asarray(scores, dtype=np.float64), "labels": np.asarray(labels, dtype=np.int64)},
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example", [0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]),
        _case("all_tied", [0.5, 0.5, 0.5], [1, 0, 1]),
        _case("perfect", [0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0]),
        _case("inverted", [0.9, 0.8, 0.3, 0.1], [0, 0, 1, 1]),
        _case("tie_positive_before_negative", [0.7, 0.7, 0.2], [1, 0, 0]),
        _case("tie_negative_before_positive", [0.7, 0.7, 0.2], [0, 1, 0]),
        _case("only_positives", [0.1, 0.2], [1, 1]),
        _case("only_negatives", [0.1, 0.2, 0.3], [0, 0, 0]),
        _case("empty", np.zeros(0), np.zeros(0)),
        _case("two_samples", [3.0, -1e300], [1, 0]),
        _case("huge_and_inf_scores", [np.inf, 1e308, -1e308, -np.inf, 0.0], [1, 0, 1, 0, 1]),
    ]
    n = 200
    y = rng.integers(0, 2, size=n)
    cases.append(_case("random_continuous", rng.normal(size=n) + y, y))
    y = rng.integers(0, 2, size=n)
    cases.append(_case("random_many_ties", rng.integers(0, 5, size=n) + y, y))
    y = (rng.random(n) < 0.05).astype(int)
    y[0] = 1
    cases.append(_case("imbalanced", np.round(rng.random(n) + 0.3 * y, 2), y))
    n = 500_000
    y = rng.integers(0, 2, size=n)
    cases.append(_case("large_with_ties", np.round(rng.normal(size=n) + 0.5 * y, 3), y, large=True))
    return cases


def check(expected, got, args: dict):
    try:
        g = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return f"expected a float, got {type(got).__name__}"
    if g.size != 1:
        return f"expected a scalar, got shape {g.shape}"
    g = float(g.reshape(()))
    e = float(expected)
    if np.isnan(e):
        return None if np.isnan(g) else f"AUC is undefined here (one class only): expected nan, got {g!r}"
    if not np.isclose(g, e, rtol=1e-9, atol=1e-12):
        return f"got {g!r}, expected {e!r}"
    return None
