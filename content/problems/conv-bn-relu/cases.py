import numpy as np


def _case(rng, name, n, in_ch, out_ch, k, stride, h, w, large=False):
    f = lambda *s: rng.standard_normal(s).astype(np.float32)
    fan_in = in_ch * k * k
    return {"name": name, "large": large, "args": {
        "in_ch": in_ch, "out_ch": out_ch, "kernel_size": k, "stride": stride,
        "x": f(n, in_ch, h, w),
        "state": {
            "conv.weight": f(out_ch, in_ch, k, k) / np.float32(np.sqrt(fan_in)),
            "bn.weight": 1 + 0.3 * f(out_ch),
            "bn.bias": 0.2 * f(out_ch),
            "bn.running_mean": 0.3 * f(out_ch),
            "bn.running_var": np.exp(0.5 * f(out_ch)).astype(np.float32),
        },
    }}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "3x3-basic", 2, 3, 4, 3, 1, 6, 6),
        _case(rng, "1x1", 2, 5, 3, 1, 1, 4, 4),
        _case(rng, "5x5-stride-2", 1, 2, 6, 5, 2, 9, 9),
        _case(rng, "7x7-stride-2-nonsquare", 2, 3, 8, 7, 2, 16, 11),
        _case(rng, "3x3-stride-2-odd", 3, 4, 4, 3, 2, 7, 5),
        _case(rng, "tiny-image", 1, 1, 2, 3, 1, 1, 1),
        _case(rng, "large", 8, 64, 128, 3, 1, 56, 56, large=True),
    ]


def _load(module, tensors):
    import torch
    named = dict(module.named_parameters())
    named.update(dict(module.named_buffers()))
    with torch.no_grad():
        for key, arr in tensors.items():
            if key not in named:
                raise AttributeError(f"模块里找不到参数或缓冲区 {key}")
            src = torch.as_tensor(np.asarray(arr))
            if tuple(named[key].shape) != tuple(src.shape):
                raise ValueError(f"{key} 的形状应为 {tuple(src.shape)}，实际是 {tuple(named[key].shape)}")
            named[key].copy_(src)


def call(solution, args: dict):
    import torch
    torch.manual_seed(0)
    model = solution.ConvBNReLU(args["in_ch"], args["out_ch"], args["kernel_size"], args["stride"])
    has_bias = getattr(model.conv, "bias", None) is not None
    trainable = sorted(name for name, p in model.named_parameters() if p.requires_grad)
    _load(model, args["state"])
    model.eval()
    with torch.no_grad():
        out = model(torch.tensor(args["x"], dtype=torch.float32))
    return {"conv_has_bias": has_bias, "trainable_params": trainable, "out": out.detach().numpy()}
