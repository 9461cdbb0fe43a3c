import numpy as np


def _case(name, X, y, X_test, n_estimators=3, max_depth=2, learning_rate=0.3, reg_lambda=1.0,
          gamma=0.0, objective="reg:squarederror", base_score=0.0, large=False):
    return {"name": name, "large": large, "args": {
        "X": np.asarray(X, dtype=np.float64), "y": np.asarray(y, dtype=np.float64),
        "X_test": np.asarray(X_test, dtype=np.float64),
        "n_estimators": int(n_estimators), "max_depth": int(max_depth),
        "learning_rate": float(learning_rate), "reg_lambda": float(reg_lambda),
        "gamma": float(gamma), "objective": objective, "base_score": float(base_score)}}


def _regression(rng, n, d):
    X = rng.uniform(-3, 3, size=(n, d))
    y = np.sin(X[:, 0]) * 2 + 0.5 * X[:, 1] ** 2 - X[:, -1] + 0.1 * rng.standard_normal(n)
    return X, y


def _binary(rng, n, d):
    X = rng.standard_normal((n, d))
    logit = 3.0 * X[:, 0] - 2.0 * X[:, 1] * X[:, 2] + 0.5 * rng.standard_normal(n)
    # soft labels in (0, 1): with hard 0/1 labels many candidate splits tie exactly in theory,
    # and which one wins would then depend on the order of floating-point additions
    return X, 1.0 / (1.0 + np.exp(-logit))


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("statement-example", [[1.0], [2.0], [3.0], [4.0]], [1.0, 1.0, 3.0, 3.0],
              [[0.0], [2.5], [10.0]], n_estimators=1, max_depth=1, learning_rate=1.0),
        _case("single-sample", [[0.5, 1.0]], [2.0], [[0.0, 0.0], [1.0, 1.0]], n_estimators=4),
        _case("max-depth-0-is-a-constant", *_regression(rng, 20, 2), rng.uniform(-3, 3, (5, 2)),
              n_estimators=5, max_depth=0),
        _case("all-features-constant", np.ones((6, 3)), [1, 2, 3, 4, 5, 6], [[1, 1, 1], [0, 0, 0]]),
        _case("constant-first-feature",
              np.column_stack([np.full(8, 7.0), np.arange(8.0)]), [0, 0, 0, 1, 1, 5, 5, 5],
              [[7, 2.4], [7, 2.6], [0, 100]], n_estimators=2),
        # identical columns give identical gains: the lowest feature index must win the tie
        _case("duplicate-feature-tie",
              np.column_stack([np.tile(np.arange(4.0), 3)] * 2), np.tile([0.0, 0.0, 4.0, 4.0], 3),
              [[0.0, 3.0], [3.0, 0.0], [1.6, 1.4]], n_estimators=1, max_depth=2, learning_rate=1.0),
        _case("gamma-blocks-every-split", *_regression(rng, 30, 3), rng.uniform(-3, 3, (6, 3)),
              gamma=1e6),
        _case("lambda-zero", *_regression(rng, 40, 2), rng.uniform(-3, 3, (8, 2)), reg_lambda=0.0),
        _case("big-lambda-and-gamma", *_regression(rng, 60, 3), rng.uniform(-3, 3, (10, 3)),
              reg_lambda=20.0, gamma=0.5, n_estimators=5, max_depth=3),
        _case("regression-base-score", *_regression(rng, 150, 4), rng.uniform(-3, 3, (40, 4)),
              n_estimators=10, max_depth=3, learning_rate=0.2, base_score=0.5),
        _case("binary-logistic", *_binary(rng, 120, 3), rng.standard_normal((30, 3)),
              n_estimators=8, max_depth=3, learning_rate=0.3, objective="binary:logistic"),
        _case("binary-hard-labels-one-tree", rng.standard_normal((20, 2)), (rng.random(20) < 0.5) * 1.0,
              rng.standard_normal((4, 2)), n_estimators=1, objective="binary:logistic"),
    ]
    X, y = _binary(rng, 2000, 8)
    cases.append(_case("large", X, y, rng.standard_normal((500, 8)), n_estimators=20, max_depth=4,
                       learning_rate=0.3, reg_lambda=1.0, gamma=0.1, objective="binary:logistic",
                       large=True))
    return cases
