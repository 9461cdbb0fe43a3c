import numpy as np


def _case(rng, name, b, img, patch, c, d, large=False):
    f = lambda *s: rng.standard_normal(s).astype(np.float32)
    return {"name": name, "large": large, "args": {
        "img_size": img, "patch_size": patch, "in_ch": c, "embed_dim": d,
        "x": f(b, c, img, img),
        "weights": {"proj.weight": f(d, c, patch, patch) / np.float32(np.sqrt(c * patch * patch)),
                    "proj.bias": 0.1 * f(d)},
    }}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "basic-4-patches", 2, 4, 2, 3, 5),
        _case(rng, "rgb-32-patch-8", 2, 32, 8, 3, 16),
        _case(rng, "patch-1", 1, 5, 1, 2, 4),
        _case(rng, "one-patch-whole-image", 3, 6, 6, 3, 7),
        _case(rng, "single-channel", 2, 12, 4, 1, 6),
        _case(rng, "large", 16, 224, 16, 3, 768, large=True),
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
    model = solution.PatchEmbed(args["img_size"], args["patch_size"], args["in_ch"], args["embed_dim"])
    _load(model, args["weights"])
    model.eval()
    with torch.no_grad():
        out = model(torch.tensor(args["x"], dtype=torch.float32))
    return {"num_patches": int(model.num_patches), "out": out.detach().contiguous().numpy()}
