import numpy as np


def _case(rng, name, x_shape, out_features, r, alpha, large=False):
    in_features = x_shape[-1]
    f = lambda *s: rng.standard_normal(s).astype(np.float32)
    return {"name": name, "large": large, "args": {
        "in_features": in_features, "out_features": out_features, "r": r, "alpha": alpha,
        "x": f(*x_shape),
        "weights": {
            "base.weight": f(out_features, in_features) / np.float32(np.sqrt(in_features)),
            "base.bias": f(out_features) * np.float32(0.1),
            "lora_A": f(r, in_features) * np.float32(0.1),
            "lora_B": f(out_features, r) * np.float32(0.1),
        },
    }}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "basic", (4, 8), 6, 2, 4.0),
        _case(rng, "alpha-equals-r", (3, 5), 7, 4, 4.0),
        _case(rng, "rank-1", (5, 10), 3, 1, 8.0),
        _case(rng, "alpha-below-r", (2, 6, 16), 12, 8, 2.0),
        _case(rng, "square-3d", (2, 3, 4, 12), 12, 3, 16.0),
        _case(rng, "large", (16, 128, 512), 512, 16, 32.0, large=True),
    ]


def _load(module, tensors):
    import torch
    named = dict(module.named_parameters())
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
    model = solution.LoRALinear(args["in_features"], args["out_features"], args["r"], args["alpha"])
    b_zero = bool(torch.all(model.lora_B == 0).item())
    a_nonzero = bool(torch.any(model.lora_A != 0).item())
    trainable = sorted(name for name, p in model.named_parameters() if p.requires_grad)
    _load(model, args["weights"])
    with torch.no_grad():
        out = model(torch.tensor(args["x"], dtype=torch.float32))
        merged = model.merged_weight()
    return {
        "lora_B_zero_at_init": b_zero,
        "lora_A_nonzero_at_init": a_nonzero,
        "trainable_params": trainable,
        "out": out.detach().numpy(),
        "merged_weight": merged.detach().numpy(),
    }
