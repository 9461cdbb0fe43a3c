import numpy as np


def _case(rng, name, w_shape, with_bias=True, eps=1e-5, tiny_var=False, large=False):
    c = w_shape[0]
    f = lambda *s: rng.standard_normal(s).astype(np.float32)
    var = np.exp(rng.standard_normal(c)).astype(np.float32)
    if tiny_var:
        var = (var * 1e-6).astype(np.float32)
    return {"name": name, "large": large, "args": {
        "conv_weight": f(*w_shape) * np.float32(0.2),
        "conv_bias": f(c) if with_bias else None,
        "bn_weight": 1 + 0.5 * f(c),
        "bn_bias": 0.5 * f(c),
        "running_mean": f(c),
        "running_var": var,
        "eps": eps,
    }}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "with-conv-bias", (4, 3, 3, 3)),
        _case(rng, "no-conv-bias", (6, 2, 3, 3), with_bias=False),
        _case(rng, "pointwise-1x1", (8, 5, 1, 1)),
        _case(rng, "depthwise", (6, 1, 3, 3)),
        _case(rng, "single-channel-5x5", (1, 1, 5, 5)),
        _case(rng, "tiny-variance", (4, 2, 3, 3), eps=1e-3, tiny_var=True),
        _case(rng, "rectangular-kernel", (3, 4, 1, 7), eps=1e-3),
        _case(rng, "large", (512, 512, 3, 3), large=True),
    ]


def call(solution, args: dict):
    import torch
    t = lambda key: None if args[key] is None else torch.tensor(args[key], dtype=torch.float32)
    with torch.no_grad():
        w, b = solution.fuse_conv_bn(t("conv_weight"), t("conv_bias"), t("bn_weight"), t("bn_bias"),
                                     t("running_mean"), t("running_var"), args["eps"])
    return {"weight": torch.as_tensor(w).detach().numpy(), "bias": torch.as_tensor(b).detach().numpy()}
