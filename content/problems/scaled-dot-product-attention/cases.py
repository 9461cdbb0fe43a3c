import numpy as np


def _case(name, q, k, v, mask=None, large=False):
    args = {"q": q.astype(np.float32), "k": k.astype(np.float32), "v": v.astype(np.float32)}
    if mask is not None:  # otherwise the call leaves mask at its default
        args["mask"] = np.asarray(mask, dtype=bool)
    return {"name": name, "args": args, "large": large}


def _qkv(rng, batch, lq, lk, d, dv, scale=1.0):
    normal = rng.standard_normal
    return normal((*batch, lq, d)) * scale, normal((*batch, lk, d)) * scale, normal((*batch, lk, dv))


def _random_mask(rng, shape):
    """A random mask where every query row keeps at least one key."""
    mask = rng.random(shape) < 0.6
    rows = mask.reshape(-1, shape[-1])
    rows[np.arange(rows.shape[0]), rng.integers(0, shape[-1], rows.shape[0])] = True
    return mask


def generate(rng: np.random.Generator) -> list[dict]:
    causal = np.tril(np.ones((6, 6), dtype=bool))
    padding = np.ones((2, 1, 1, 7), dtype=bool)
    padding[0, ..., 4:] = False
    padding[1, ..., 6:] = False
    return [
        _case("2d", *_qkv(rng, (), 4, 6, 8, 5)),
        _case("3d-batch", *_qkv(rng, (3,), 5, 7, 16, 16)),
        _case("4d-heads", *_qkv(rng, (2, 3), 6, 6, 8, 8)),
        _case("single-query", *_qkv(rng, (2,), 1, 9, 4, 4)),
        _case("single-key", *_qkv(rng, (2,), 5, 1, 4, 3)),
        _case("dv-differs-from-d", *_qkv(rng, (2,), 4, 5, 8, 3)),
        _case("causal-mask", *_qkv(rng, (2, 2), 6, 6, 8, 8), mask=causal),
        _case("causal-mask-2d", *_qkv(rng, (), 6, 6, 4, 4), mask=causal),
        _case("padding-mask", *_qkv(rng, (2, 3), 5, 7, 8, 8), mask=padding),
        _case("per-head-random-mask", *_qkv(rng, (2, 2), 4, 6, 8, 8), mask=_random_mask(rng, (2, 2, 4, 6))),
        _case("mask-all-true", *_qkv(rng, (3,), 4, 4, 8, 8), mask=np.ones((4, 4), dtype=bool)),
        _case("one-key-allowed", *_qkv(rng, (2,), 3, 5, 8, 8), mask=np.eye(3, 5, k=1, dtype=bool)),
        _case("large-logits", *_qkv(rng, (2,), 5, 6, 16, 8, scale=6.0)),
        _case("d-64-scaling", *_qkv(rng, (2, 4), 16, 16, 64, 64)),
        _case("large", *_qkv(rng, (4, 8), 256, 256, 64, 64), large=True),
    ]


def call(solution, args: dict):
    import torch

    tensors = {name: torch.from_numpy(args[name]) for name in ("q", "k", "v")}
    if "mask" in args:
        tensors["mask"] = torch.from_numpy(args["mask"])
    with torch.no_grad():
        out = solution.scaled_dot_product_attention(**tensors)
    if not isinstance(out, torch.Tensor):
        raise TypeError(f"expected a torch.Tensor, got {type(out).__name__}")
    return out.detach().numpy()
