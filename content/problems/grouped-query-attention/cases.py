import numpy as np


def _case(rng, name, b, hq, hkv, n, d, causal, large=False):
    f = lambda h: rng.standard_normal((b, h, n, d)).astype(np.float32)
    return {"name": name, "large": large,
            "args": {"q": f(hq), "k": f(hkv), "v": f(hkv), "causal": causal}}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "basic-gqa", 2, 4, 2, 5, 8, False),
        _case(rng, "gqa-causal", 2, 6, 3, 7, 4, True),
        _case(rng, "mha-equal-heads", 1, 4, 4, 6, 8, True),
        _case(rng, "mqa-single-kv-head", 2, 8, 1, 5, 16, False),
        _case(rng, "mqa-causal", 1, 3, 1, 4, 8, True),
        _case(rng, "length-1", 3, 4, 2, 1, 8, True),
        _case(rng, "groups-of-4", 1, 8, 2, 9, 8, True),
        _case(rng, "large", 4, 16, 4, 256, 64, True, large=True),
    ]


def call(solution, args: dict):
    import torch
    q, k, v = (torch.tensor(args[key], dtype=torch.float32) for key in ("q", "k", "v"))
    with torch.no_grad():
        out = solution.gqa(q, k, v, args["causal"])
    return out.detach().numpy()
