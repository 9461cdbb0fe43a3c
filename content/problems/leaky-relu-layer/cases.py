import numpy as np


def _case(rng, name, shape, slope, zeros=False, large=False):
    x = rng.standard_normal(shape).astype(np.float32)
    if zeros:
        x.reshape(-1)[::3] = 0.0
    return {"name": name, "large": large, "args": {
        "negative_slope": float(slope), "x": x, "g": rng.standard_normal(shape).astype(np.float32)}}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "default-like-0.01", (4, 6), 0.01),
        _case(rng, "slope-0.2-3d", (2, 3, 5), 0.2),
        _case(rng, "slope-0-is-relu", (10,), 0.0),
        _case(rng, "slope-above-1", (3, 7), 1.5),
        _case(rng, "exact-zeros", (4, 9), 0.1, zeros=True),
        _case(rng, "single-element", (1,), 0.3),
        _case(rng, "large", (16, 64, 64, 64), 0.01, large=True),
    ]


def call(solution, args: dict):
    import torch
    model = solution.LReLU(args["negative_slope"])
    n_params = len(list(model.parameters()))
    x = torch.tensor(args["x"], dtype=torch.float32, requires_grad=True)
    y = model(x)
    (y * torch.tensor(args["g"], dtype=torch.float32)).sum().backward()
    grad = x.grad if x.grad is not None else torch.zeros_like(x)
    return {"num_parameters": n_params, "y": y.detach().numpy(), "grad": grad.numpy()}
