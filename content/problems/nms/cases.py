import numpy as np


def _case(name, boxes, scores, threshold, large=False):
    boxes = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    scores = np.asarray(scores, dtype=np.float64)
    return {"name": name, "args": {"boxes": boxes, "scores": scores, "iou_threshold": float(threshold)}, "large": large}


def _clustered(rng, n, clusters, extent=200.0, spread=15.0, size=(4.0, 40.0)):
    """Boxes scattered around a few centres, so that many of them overlap."""
    centres = rng.uniform(0, extent, size=(clusters, 2))
    mid = centres[rng.integers(0, clusters, n)] + rng.normal(0, spread, size=(n, 2))
    half = rng.uniform(*size, size=(n, 2)) / 2
    return np.concatenate([mid - half, mid + half], axis=1)


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("empty", np.zeros((0, 4)), np.zeros(0), 0.5),
        _case("single-box", [[1, 2, 3, 5]], [0.3], 0.5),
        _case("iou-equals-threshold", [[0, 0, 2, 2], [0, 0, 2, 1], [3, 3, 4, 4]], [0.9, 0.8, 0.7], 0.5),
        _case("iou-just-above-threshold", [[0, 0, 2, 2], [0, 0, 2, 1], [3, 3, 4, 4]], [0.9, 0.8, 0.7], 0.4),
        _case(
            "tied-scores",
            [[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30], [0, 0, 10, 10], [21, 21, 31, 31]],
            [0.5, 0.5, 0.5, 0.5, 0.5],
            0.3,
        ),
        _case("identical-boxes", [[5, 5, 9, 9]] * 4, [0.2, 0.9, 0.4, 0.9], 0.5),
        _case("threshold-one-keeps-all", [[5, 5, 9, 9]] * 3 + [[6, 6, 9, 9]], [0.1, 0.2, 0.3, 0.4], 1.0),
        _case(
            "threshold-zero",
            [[0, 0, 2, 2], [2, 0, 4, 2], [1, 1, 3, 3], [10, 10, 12, 12], [0, 2, 2, 4]],
            [0.9, 0.8, 0.7, 0.6, 0.5],
            0.0,
        ),
        _case(
            "zero-area-boxes",
            [[1, 1, 1, 1], [1, 1, 1, 1], [0, 0, 2, 2], [1, 0, 1, 3], [5, 5, 6, 6]],
            [0.9, 0.8, 0.7, 0.6, 0.5],
            0.1,
        ),
        _case("nested-boxes", [[0, 0, 10, 10], [2, 2, 8, 8], [4, 4, 6, 6], [4.5, 4.5, 5.5, 5.5]], [0.4, 0.9, 0.6, 0.7], 0.3),
    ]
    for n, clusters, threshold in [(8, 2, 0.5), (30, 3, 0.3), (64, 4, 0.7), (100, 5, 0.5), (250, 8, 0.45)]:
        cases.append(_case(f"random-{n}", _clustered(rng, n, clusters), rng.random(n), threshold))
    boxes = _clustered(rng, 120, 4)
    cases.append(_case("rounded-scores-with-ties", boxes, np.round(rng.random(120), 1), 0.5))
    corners = rng.integers(0, 8, size=(150, 2))
    sizes = rng.integers(1, 4, size=(150, 2))
    grid = np.concatenate([corners, corners + sizes], axis=1)
    cases.append(_case("integer-grid", grid, np.round(rng.random(150), 2), 0.5))
    cases.append(_case("large", _clustered(rng, 2000, 30, extent=800.0), rng.random(2000), 0.5, large=True))
    return cases
