import numpy as np


def _case(name, X, y, lr, n_iter, large=False):
    return {
        "name": name,
        "args": {
            "X": np.asarray(X, dtype=np.float64),
            "y": np.asarray(y, dtype=np.float64),
            "lr": float(lr),
            "n_iter": int(n_iter),
        },
        "large": large,
    }


def _data(rng, n, d, noise=0.1, scale=1.0):
    X = rng.normal(size=(n, d)) * scale
    w_true = rng.normal(size=d)
    return X, X @ w_true - 1.5 + rng.normal(0, noise, size=n)


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example_one_step", [[1.0], [2.0], [3.0]], [2.0, 4.0, 6.0], 0.1, 1),
        _case("zero_iterations", [[1.0, 2.0], [3.0, 4.0]], [1.0, -1.0], 0.1, 0),
        _case("single_sample", [[2.0, -1.0]], [3.0], 0.05, 30),
        _case("constant_target", [[0.0], [1.0], [2.0], [3.0]], [5.0, 5.0, 5.0, 5.0], 0.05, 100),
        _case("zero_features", np.zeros((5, 2)), [1.0, 2.0, 3.0, 4.0, 5.0], 0.1, 20),
    ]
    X, y = _data(rng, 80, 3)
    cases.append(_case("noisy_3d", X, y, 0.05, 200))
    X, y = _data(rng, 50, 4, noise=0.0)
    cases.append(_case("exact_fit_converges", X, y, 0.1, 500))
    X, y = _data(rng, 30, 2, scale=100.0)
    cases.append(_case("large_scale_small_lr", X, y, 1e-5, 50))
    X, y = _data(rng, 5000, 50)
    cases.append(_case("large", X, y, 0.01, 200, large=True))
    return cases


def call(solution, args: dict):
    w, b = solution.linear_regression_gd(**args)
    return {"w": np.asarray(w), "b": np.asarray(b)}


def check(expected, got, args: dict):
    if not isinstance(got, dict) or "w" not in got or "b" not in got:
        return "must return a pair (w, b)"
    ew, gw = np.asarray(expected["w"]), np.asarray(got["w"])
    if gw.shape != ew.shape:
        return f"w has shape {gw.shape}, expected {ew.shape}"
    if gw.dtype.kind != "f":
        return f"w must be float, got dtype {gw.dtype}"
    if not np.allclose(gw, ew, rtol=1e-6, atol=1e-8):
        return f"w differs: max abs error {np.nanmax(np.abs(gw - ew)):.3g}"
    gb = np.asarray(got["b"])
    if gb.size != 1:
        return f"b must be a scalar, got shape {gb.shape}"
    gb = float(gb.reshape(()))
    eb = float(np.asarray(expected["b"]).reshape(()))
    if not np.isclose(gb, eb, rtol=1e-6, atol=1e-8):
        return f"b = {gb!r}, expected {eb!r}"
    return None
