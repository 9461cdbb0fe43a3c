import numpy as np


def _case(rng, name, b, t, k, lengths=None, scale=1.0, tags=None, large=False):
    if lengths is None:
        lengths = rng.integers(1, t + 1, size=b)
    lengths = np.asarray(lengths, dtype=np.int64)
    mask = np.arange(t)[None, :] < lengths[:, None]
    if tags is None:
        tags = rng.integers(0, k, size=(b, t))
    tags = np.where(mask, np.asarray(tags, dtype=np.int64), 0)   # padding carries tag 0
    return {"name": name, "large": large, "args": {
        "emissions": rng.standard_normal((b, t, k)) * scale,
        "tags": tags,
        "mask": mask,
        "transitions": rng.standard_normal((k, k)) * scale,
        "start_transitions": rng.standard_normal(k) * scale,
        "end_transitions": rng.standard_normal(k) * scale,
    }}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "full-length", 3, 5, 4, lengths=[5, 5, 5]),
        _case(rng, "single-step", 2, 1, 3, lengths=[1, 1]),
        _case(rng, "single-tag", 2, 4, 1, lengths=[4, 2]),
        _case(rng, "variable-lengths", 5, 7, 5, lengths=[7, 1, 3, 6, 2]),
        _case(rng, "padding-tag-differs", 4, 6, 3, lengths=[2, 3, 6, 1],
              tags=np.full((4, 6), 2)),
        _case(rng, "large-scores-overflow-naive-exp", 4, 9, 6, scale=400.0),
        _case(rng, "bio-like-9-tags", 8, 20, 9),
        _case(rng, "random", 16, 40, 7),
        _case(rng, "large", 64, 256, 20, large=True),
    ]


def call(solution, args: dict):
    import torch
    t = {key: torch.tensor(value) for key, value in args.items()}
    with torch.no_grad():
        out = solution.crf_nll(t["emissions"], t["tags"], t["mask"], t["transitions"],
                               t["start_transitions"], t["end_transitions"])
    return torch.as_tensor(out).detach().to(torch.float64).numpy()
