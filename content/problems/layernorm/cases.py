import numpy as np


def _case(rng, name, shape, eps=1e-5, scale=1.0, offset=0.0, constant_rows=False, large=False):
    d = shape[-1]
    x = (rng.standard_normal(shape) * scale + offset).astype(np.float32)
    if constant_rows:
        flat = x.reshape(-1, d)
        # multiples of 0.25: the row mean is exact, so the variance is exactly 0
        flat[::2] = np.round(flat[::2, :1] * 4) / 4
    return {"name": name, "large": large, "args": {
        "x": x,
        "weight": (1.0 + 0.3 * rng.standard_normal(d)).astype(np.float32),
        "bias": (0.5 * rng.standard_normal(d)).astype(np.float32),
        "eps": eps,
    }}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "basic", (4, 8)),
        _case(rng, "3d-input", (2, 6, 16)),
        _case(rng, "d-1", (5, 1)),
        _case(rng, "d-2", (3, 4, 2)),
        _case(rng, "constant-rows", (6, 10), constant_rows=True),
        _case(rng, "big-mean-small-spread", (8, 64), scale=10.0, offset=1000.0),
        _case(rng, "big-eps", (4, 16), eps=0.1, scale=0.2),
        _case(rng, "large", (32, 256, 768), large=True),
    ]


def call(solution, args: dict):
    import torch
    t = lambda key: torch.tensor(args[key], dtype=torch.float32)
    with torch.no_grad():
        out = solution.layer_norm(t("x"), t("weight"), t("bias"), args["eps"])
    return out.detach().numpy()
