import numpy as np


def _best_split(X, g, h, idx, reg_lambda, gamma):
    """Exact greedy search over every feature and every midpoint between distinct values."""
    G, H = g[idx].sum(), h[idx].sum()
    parent = G * G / (H + reg_lambda)
    best = (0.0, None, None)                   # (gain, feature, threshold); split only if gain > 0
    for j in range(X.shape[1]):
        x = X[idx, j]
        order = np.argsort(x, kind="stable")
        xs = x[order]
        gl = np.cumsum(g[idx][order])[:-1]     # left = the first i+1 sorted samples
        hl = np.cumsum(h[idx][order])[:-1]
        valid = xs[1:] > xs[:-1]               # thresholds only between distinct values
        if not valid.any():
            continue
        gr, hr = G - gl, H - hl
        gain = 0.5 * (gl * gl / (hl + reg_lambda) + gr * gr / (hr + reg_lambda) - parent) - gamma
        gain = np.where(valid, gain, -np.inf)
        i = int(np.argmax(gain))               # first maximum: the lowest threshold on ties
        if gain[i] > best[0]:                  # strictly better: the lowest feature on ties
            best = (float(gain[i]), j, (xs[i] + xs[i + 1]) / 2.0)
    return best


def _build(X, g, h, idx, depth, max_depth, reg_lambda, gamma):
    if depth < max_depth and idx.size >= 2:
        gain, j, thr = _best_split(X, g, h, idx, reg_lambda, gamma)
        if j is not None:
            left = X[idx, j] < thr
            return (j, thr,
                    _build(X, g, h, idx[left], depth + 1, max_depth, reg_lambda, gamma),
                    _build(X, g, h, idx[~left], depth + 1, max_depth, reg_lambda, gamma))
    return -g[idx].sum() / (h[idx].sum() + reg_lambda)     # leaf weight w* = -G / (H + lambda)


def _predict(node, X, rows, out):
    if not isinstance(node, tuple):
        out[rows] = node
        return
    j, thr, left, right = node
    go_left = X[rows, j] < thr
    _predict(left, X, rows[go_left], out)
    _predict(right, X, rows[~go_left], out)


def _tree_output(node, X):
    out = np.zeros(X.shape[0])
    _predict(node, X, np.arange(X.shape[0]), out)
    return out


def xgboost_fit_predict(X, y, X_test, n_estimators, max_depth, learning_rate,
                        reg_lambda, gamma, objective, base_score):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    f = np.full(X.shape[0], float(base_score))           # raw scores (margins) on the training set
    f_test = np.full(X_test.shape[0], float(base_score))
    for _ in range(n_estimators):
        if objective == "reg:squarederror":
            g, h = f - y, np.ones_like(f)
        elif objective == "binary:logistic":
            p = 1.0 / (1.0 + np.exp(-f))
            g, h = p - y, p * (1.0 - p)
        else:
            raise ValueError(f"unknown objective {objective!r}")
        tree = _build(X, g, h, np.arange(X.shape[0]), 0, max_depth, reg_lambda, gamma)
        f = f + learning_rate * _tree_output(tree, X)
        f_test = f_test + learning_rate * _tree_output(tree, X_test)
    if objective == "binary:logistic":
        return 1.0 / (1.0 + np.exp(-f_test))
    return f_test
