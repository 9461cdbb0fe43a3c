import numpy as np


def _case(name, boxes, scores, method="gaussian", sigma=0.5, iou_threshold=0.3,
          score_threshold=0.001, large=False):
    return {
        "name": name,
        "args": {
            "boxes": np.asarray(boxes, dtype=np.float64).reshape(-1, 4),
            "scores": np.asarray(scores, dtype=np.float64),
            "method": method,
            "sigma": float(sigma),
            "iou_threshold": float(iou_threshold),
            "score_threshold": float(score_threshold),
        },
        "large": large,
    }


def _random_boxes(rng, n, n_clusters, extent=200.0):
    centers = rng.uniform(0, extent, size=(n_clusters, 2))
    which = rng.integers(0, n_clusters, size=n)
    c = centers[which] + rng.normal(0, 4.0, size=(n, 2))
    wh = rng.uniform(10, 40, size=(n, 2))
    return np.concatenate([c - wh / 2, c + wh / 2], axis=1)


def generate(rng: np.random.Generator) -> list[dict]:
    ex_boxes = [[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30]]
    ex_scores = [0.9, 0.8, 0.7]
    cases = [
        _case("example_gaussian", ex_boxes, ex_scores, "gaussian", 0.5),
        _case("example_linear", ex_boxes, ex_scores, "linear", iou_threshold=0.3),
        _case("empty", np.zeros((0, 4)), np.zeros(0)),
        _case("single", [[1, 2, 3, 4]], [0.5]),
        _case("all_below_threshold", ex_boxes, [0.0005, 0.0001, 0.0009], score_threshold=0.001),
        _case("score_equals_threshold", [[0, 0, 1, 1], [5, 5, 6, 6]], [0.001, 0.0009]),
        _case("tie_disjoint_lower_index_first", [[0, 0, 1, 1], [2, 2, 3, 3], [4, 4, 5, 5]], [0.5, 0.7, 0.7]),
        _case("identical_boxes_equal_scores", [[0, 0, 4, 4]] * 3 + [[10, 10, 12, 12]], [0.6, 0.6, 0.6, 0.3], "gaussian", 0.5),
        _case("linear_iou_not_above_threshold",
              [[0, 0, 10, 10], [0, 0, 10, 5], [0, 0, 10, 2.5]], [0.9, 0.8, 0.85], "linear", iou_threshold=0.5),
        _case("degenerate_boxes", [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 5, 0], [1, 1, 3, 3]], [0.4, 0.4, 0.3, 0.2]),
        _case("linear_full_overlap_drops", [[0, 0, 2, 2], [0, 0, 2, 2], [1, 0, 3, 2]], [0.9, 0.8, 0.7], "linear",
              iou_threshold=0.3, score_threshold=0.05),
    ]
    b = _random_boxes(rng, 60, 5, 100.0)
    cases.append(_case("random_gaussian", b, rng.uniform(0.05, 1.0, size=60), "gaussian", 0.5, score_threshold=0.01))
    b = _random_boxes(rng, 60, 5, 100.0)
    cases.append(_case("random_linear", b, rng.uniform(0.05, 1.0, size=60), "linear", iou_threshold=0.3,
                       score_threshold=0.01))
    b = _random_boxes(rng, 40, 3, 60.0)
    cases.append(_case("random_small_sigma", b, rng.uniform(0.0, 1.0, size=40), "gaussian", 0.1,
                       score_threshold=0.001))
    b = _random_boxes(rng, 2000, 200, 1000.0)
    cases.append(_case("large_gaussian", b, rng.uniform(0.0, 1.0, size=2000), "gaussian", 0.5,
                       score_threshold=0.001, large=True))
    return cases


def call(solution, args: dict):
    keep, kept_scores = solution.soft_nms(**args)
    return {"keep": np.asarray(keep), "scores": np.asarray(kept_scores)}


def check(expected, got, args: dict):
    if not isinstance(got, dict) or "keep" not in got or "scores" not in got:
        return "soft_nms must return a pair (keep, kept_scores)"
    ek, gk = np.asarray(expected["keep"]), np.asarray(got["keep"])
    if gk.ndim != 1 or gk.shape != ek.shape:
        return f"keep has shape {gk.shape}, expected {ek.shape}"
    if gk.size and gk.dtype.kind not in "iu":
        return f"keep must be an integer array, got dtype {gk.dtype}"
    if not np.array_equal(ek, gk):
        bad = int(np.flatnonzero(ek != gk)[0])
        return f"keep differs first at position {bad}: got {int(gk[bad])}, expected {int(ek[bad])}"
    es, gs = np.asarray(expected["scores"], dtype=np.float64), np.asarray(got["scores"])
    if gs.shape != es.shape:
        return f"kept_scores has shape {gs.shape}, expected {es.shape}"
    if gs.size and gs.dtype.kind != "f":
        return f"kept_scores must be float, got dtype {gs.dtype}"
    if not np.allclose(gs, es, rtol=1e-6, atol=1e-9):
        bad = int(np.flatnonzero(~np.isclose(gs, es, rtol=1e-6, atol=1e-9))[0])
        return f"kept_scores differ at position {bad}: got {float(gs[bad])!r}, expected {float(es[bad])!r}"
    return None
