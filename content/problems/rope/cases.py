import numpy as np


def _case(name, x, positions, base=None, large=False):
    args = {"x": x.astype(np.float32), "positions": np.asarray(positions, dtype=np.int64)}
    if base is not None:
        args["base"] = float(base)
    return {"name": name, "large": large, "args": args}


def generate(rng: np.random.Generator) -> list[dict]:
    r = lambda *s: rng.standard_normal(s)
    return [
        _case("d-2-rotation", r(4, 2), [0, 1, 2, 3]),
        _case("position-zero-is-identity", r(2, 3, 8), [0, 0, 0]),
        _case("basic-2d", r(6, 8), np.arange(6)),
        _case("batch-heads", r(2, 3, 5, 16), np.arange(5)),
        _case("offset-positions", r(2, 4, 32), np.arange(100, 104)),
        _case("unordered-positions", r(1, 7, 64), rng.permutation(2049)[:7]),
        _case("custom-base", r(3, 6, 32), np.arange(6) * 7, base=500000.0),
        _case("small-base", r(5, 4), [0, 3, 9, 27, 81], base=10.0),
        _case("max-position", r(2, 2, 128), [2047, 2048]),
        _case("large", r(4, 16, 512, 128), np.arange(512) * 4, large=True),
    ]


def call(solution, args: dict):
    import torch
    x = torch.tensor(args["x"], dtype=torch.float32)
    pos = torch.tensor(args["positions"], dtype=torch.int64)
    with torch.no_grad():
        if "base" in args:
            out = solution.apply_rope(x, pos, args["base"])
        else:
            out = solution.apply_rope(x, pos)
    return out.detach().numpy()
