import numpy as np


def _case(name, X, C, n_iter, large=False):
    return {
        "name": name,
        "args": {
            "X": np.asarray(X, dtype=np.float64),
            "init_centroids": np.asarray(C, dtype=np.float64),
            "n_iter": int(n_iter),
        },
        "large": large,
    }


def _blobs(rng, n, d, k, spread, offset=0.0):
    centers = rng.uniform(-10, 10, size=(k, d)) * 3
    which = rng.integers(0, k, size=n)
    return centers[which] + rng.normal(0, spread, size=(n, d)) + offset


def generate(rng: np.random.Generator) -> list[dict]:
    ex_X = [[0.0, 0.0], [0.0, 1.0], [10.0, 0.0], [10.0, 1.0]]
    ex_C = [[0.0, 0.0], [1.0, 0.0], [100.0, 100.0]]
    cases = [
        _case("example_empty_cluster", ex_X, ex_C, 2),
        _case("n_iter_zero", ex_X, ex_C, 0),
        _case("single_point", [[3.0, -1.0]], [[0.0, 0.0], [5.0, 5.0]], 3),
        _case("k_one_is_mean", [[1.0], [2.0], [4.0], [9.0]], [[100.0]], 1),
        # point 0 is equidistant from both centroids -> goes to centroid 0
        _case("distance_tie_lower_index", [[0.0], [-3.0], [3.0], [4.0]], [[-1.0], [1.0]], 0),
        _case("distance_tie_after_update", [[0.0], [-1.0], [1.0], [-2.0], [2.0]], [[-0.5], [0.5]], 3),
        # identical initial centroids: the second copy never gets a point and must stay put
        _case("duplicate_init_centroids", [[0.0, 0.0], [1.0, 0.0], [8.0, 8.0], [9.0, 8.0]],
              [[0.0, 0.0], [0.0, 0.0], [8.0, 8.0]], 4),
        _case("k_equals_n", [[0.0, 0.0], [5.0, 5.0], [-5.0, 2.0]], [[1.0, 1.0], [4.0, 4.0], [-4.0, 3.0]], 2),
    ]
    X = _blobs(rng, 300, 2, 4, 2.0)
    cases.append(_case("blobs_2d", X, X[rng.choice(len(X), 4, replace=False)], 5))
    X = _blobs(rng, 200, 5, 6, 4.0)
    cases.append(_case("overlapping_blobs_5d", X, X[:6], 20))
    X = _blobs(rng, 150, 3, 3, 1.0, offset=1e6)
    C = X[rng.choice(len(X), 5, replace=False)]
    cases.append(_case("far_from_origin", X, C, 8))
    X = _blobs(rng, 100, 2, 3, 1.0)
    C = np.vstack([X[:2], [[1e4, 1e4]]])  # third centroid is far away and stays empty
    cases.append(_case("far_centroid_stays_empty", X, C, 5))
    X = _blobs(rng, 20_000, 16, 32, 5.0)
    cases.append(_case("large", X, X[rng.choice(len(X), 32, replace=False)], 10, large=True))
    return cases


def call(solution, args: dict):
    centroids, labels = solution.kmeans(**args)
    return {"centroids": np.asarray(centroids), "labels": np.asarray(labels)}


def check(expected, got, args: dict):
    if not isinstance(got, dict) or "centroids" not in got or "labels" not in got:
        return "kmeans must return a pair (centroids, labels)"
    el, gl = np.asarray(expected["labels"]), np.asarray(got["labels"])
    if gl.shape != el.shape:
        return f"labels have shape {gl.shape}, expected {el.shape}"
    if gl.size and gl.dtype.kind not in "iu":
        return f"labels must be integers, got dtype {gl.dtype}"
    if not np.array_equal(el, gl):
        bad = np.flatnonzero(el != gl)
        return f"{bad.size} labels differ, first at point {bad[0]}: got {int(gl[bad[0]])}, expected {int(el[bad[0]])}"
    ec, gc = np.asarray(expected["centroids"]), np.asarray(got["centroids"])
    if gc.shape != ec.shape:
        return f"centroids have shape {gc.shape}, expected {ec.shape}"
    if gc.dtype.kind != "f":
        return f"centroids must be float, got dtype {gc.dtype}"
    close = np.isclose(gc, ec, rtol=1e-6, atol=1e-8)
    if not close.all():
        r = int(np.argwhere(~close)[0][0])
        return f"centroid {r} differs: got {gc[r].tolist()}, expected {ec[r].tolist()}"
    return None
