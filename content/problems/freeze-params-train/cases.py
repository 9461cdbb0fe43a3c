import numpy as np

_FROZEN = ("0.weight", "0.bias")
_KEYS = ("0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "4.bias")
_RTOL, _ATOL = 1e-4, 1e-5


def _case(rng, name, n, d_in, h1, h2, classes, lr, steps, large=False):
    f = lambda *s: rng.standard_normal(s).astype(np.float32)
    state = {
        "0.weight": f(h1, d_in) / np.float32(np.sqrt(d_in)), "0.bias": 0.1 * f(h1),
        "2.weight": f(h2, h1) / np.float32(np.sqrt(h1)), "2.bias": 0.1 * f(h2),
        "4.weight": f(classes, h2) / np.float32(np.sqrt(h2)), "4.bias": 0.1 * f(classes),
    }
    return {"name": name, "large": large, "args": {
        "model_state": state, "x": f(n, d_in), "y": rng.integers(0, classes, size=n).astype(np.int64),
        "lr": lr, "steps": steps}}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "one-step", 8, 4, 6, 5, 3, 0.1, 1),
        _case(rng, "few-steps", 16, 6, 8, 8, 4, 0.1, 5),
        _case(rng, "binary", 32, 5, 10, 6, 2, 0.2, 10),
        _case(rng, "big-lr", 20, 8, 12, 12, 5, 1.0, 8),
        _case(rng, "single-sample", 1, 3, 4, 4, 3, 0.5, 6),
        _case(rng, "large", 2048, 64, 128, 128, 10, 0.1, 20, large=True),
    ]


def call(solution, args: dict):
    import torch
    torch.manual_seed(0)
    state = {k: torch.tensor(v, dtype=torch.float32) for k, v in args["model_state"].items()}
    x = torch.tensor(args["x"], dtype=torch.float32)
    y = torch.tensor(args["y"], dtype=torch.int64)
    out = solution.train_frozen(state, x, y, args["lr"], args["steps"])
    return {str(k): torch.as_tensor(v).detach().numpy().copy() for k, v in dict(out).items()}


def check(expected, got, args: dict):
    if not isinstance(got, dict) or set(got) != set(_KEYS):
        keys = sorted(got) if isinstance(got, dict) else type(got).__name__
        return f"返回的键应为 {list(_KEYS)}，实际是 {keys}"
    for key in _KEYS:
        g = np.asarray(got[key])
        e = np.asarray(expected[key])
        if g.shape != e.shape:
            return f"{key} 的形状应为 {e.shape}，实际是 {g.shape}"
        if key in _FROZEN:
            if not np.array_equal(g, np.asarray(args["model_state"][key])):
                return f"冻结的参数 {key} 在训练后发生了变化"
        elif g.dtype.kind != "f" or not np.allclose(g, e, rtol=_RTOL, atol=_ATOL):
            diff = np.max(np.abs(g.astype(np.float64) - e)) if g.dtype.kind in "fiu" else float("nan")
            return f"训练后的 {key} 与参考结果不一致（最大绝对误差 {diff:.3g}）"
    return None
