import numpy as np


def _case(rng, name, shape, eps, scale=1.0, zero_rows=False, large=False):
    dim = shape[-1]
    x = (rng.standard_normal(shape) * scale).astype(np.float32)
    if zero_rows:
        x.reshape(-1, dim)[::2] = 0.0
    weight = (1.0 + 0.5 * rng.standard_normal(dim)).astype(np.float32)
    return {"name": name, "large": large,
            "args": {"dim": dim, "eps": eps, "x": x, "weight": weight}}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "basic", (4, 8), 1e-6),
        _case(rng, "3d-input", (2, 5, 16), 1e-5),
        _case(rng, "dim-1", (6, 1), 1e-6),
        _case(rng, "zero-rows", (6, 12), 1e-6, zero_rows=True),
        _case(rng, "tiny-inputs-eps-matters", (3, 4, 32), 1e-5, scale=1e-3),
        _case(rng, "big-eps", (5, 16), 0.5, scale=0.3),
        _case(rng, "huge-inputs", (4, 64), 1e-6, scale=1e6),
        _case(rng, "large", (32, 256, 1024), 1e-6, large=True),
    ]


def call(solution, args: dict):
    import torch
    torch.manual_seed(0)
    model = solution.RMSNorm(args["dim"], args["eps"])
    init = model.weight.detach().clone()
    with torch.no_grad():
        if tuple(model.weight.shape) != (args["dim"],):
            raise ValueError(f"weight 形状应为 ({args['dim']},)，实际是 {tuple(model.weight.shape)}")
        model.weight.copy_(torch.tensor(args["weight"]))
        out = model(torch.tensor(args["x"], dtype=torch.float32))
    return {"weight_init": init.numpy(), "out": out.detach().numpy()}
