import numpy as np

_LAYERS = ("q_proj", "k_proj", "v_proj", "out_proj")


def _case(rng, name, b, n, d, h, mask_kind=None, scale=1.0, large=False):
    x = (rng.standard_normal((b, n, d)) * scale).astype(np.float32)
    weights = {}
    for layer in _LAYERS:
        weights[layer + ".weight"] = (rng.standard_normal((d, d)) / np.sqrt(d)).astype(np.float32)
        weights[layer + ".bias"] = (rng.standard_normal(d) * 0.1).astype(np.float32)
    mask = None
    if mask_kind == "causal":
        mask = np.tril(np.ones((n, n), dtype=bool))
    elif mask_kind == "padding":                      # (B, L, L): key j visible iff j < len_b
        lengths = rng.integers(1, n + 1, size=b)
        lengths[0] = n
        mask = np.broadcast_to(np.arange(n)[None, None, :] < lengths[:, None, None], (b, n, n)).copy()
    elif mask_kind == "random":
        mask = rng.random((b, n, n)) < 0.5
        mask[:, np.arange(n), np.arange(n)] = True
    return {"name": name, "large": large,
            "args": {"d_model": d, "num_heads": h, "x": x, "mask": mask, "weights": weights}}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "basic", 2, 5, 8, 2),
        _case(rng, "single-head", 2, 4, 6, 1),
        _case(rng, "head-dim-1", 1, 6, 4, 4),
        _case(rng, "length-1", 3, 1, 8, 2),
        _case(rng, "causal-2d-mask", 2, 7, 12, 3, mask_kind="causal"),
        _case(rng, "padding-mask-per-sample", 3, 6, 8, 2, mask_kind="padding"),
        _case(rng, "random-mask", 2, 9, 16, 4, mask_kind="random"),
        _case(rng, "large-activations", 2, 8, 16, 4, mask_kind="causal", scale=4.0),
        _case(rng, "large", 8, 128, 256, 8, mask_kind="causal", large=True),
    ]


def _load(module, tensors):
    import torch
    named = dict(module.named_parameters())
    named.update(dict(module.named_buffers()))
    with torch.no_grad():
        for key, arr in tensors.items():
            if key not in named:
                raise AttributeError(f"模块里找不到参数 {key}")
            src = torch.as_tensor(np.asarray(arr))
            if tuple(named[key].shape) != tuple(src.shape):
                raise ValueError(f"{key} 的形状应为 {tuple(src.shape)}，实际是 {tuple(named[key].shape)}")
            named[key].copy_(src)


def call(solution, args: dict):
    import torch
    torch.manual_seed(0)
    model = solution.MultiHeadAttention(args["d_model"], args["num_heads"])
    _load(model, args["weights"])
    model.eval()
    x = torch.tensor(args["x"], dtype=torch.float32)
    with torch.no_grad():
        if args["mask"] is None:
            out = model(x)
        else:
            out = model(x, torch.tensor(args["mask"], dtype=torch.bool))
    return out.detach().cpu().numpy()
