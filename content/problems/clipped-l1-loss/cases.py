import numpy as np


def _case(rng, name, shape, lo, hi, spread, large=False):
    centre = (lo + hi) / 2
    pred = centre + rng.standard_normal(shape) * spread
    target = centre + rng.standard_normal(shape) * spread
    # keep every prediction away from the interval ends and from its clamped target, where
    # the gradient of clamp / abs is a matter of convention
    ct = np.clip(target, lo, hi)
    for _ in range(20):
        bad = (np.abs(pred - lo) < 1e-3) | (np.abs(pred - hi) < 1e-3) | (np.abs(pred - ct) < 1e-3)
        if not bad.any():
            break
        pred[bad] += 2e-2
    return {"name": name, "large": large, "args": {
        "min_val": float(lo), "max_val": float(hi),
        "pred": pred.astype(np.float32), "target": target.astype(np.float32)}}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "mostly-inside", (4, 6), 0.0, 10.0, 2.0),
        _case(rng, "targets-out-of-range", (5, 5), -1.0, 1.0, 1.5),
        _case(rng, "everything-out-of-range", (3, 7), 0.0, 0.5, 20.0),
        _case(rng, "degenerate-interval", (6,), 2.0, 2.0, 1.0),
        _case(rng, "4d-depth-map", (2, 1, 8, 8), 0.1, 80.0, 40.0),
        _case(rng, "large", (8, 1, 512, 512), 0.0, 1.0, 0.6, large=True),
    ]


def call(solution, args: dict):
    import torch
    pred = torch.tensor(args["pred"], dtype=torch.float32, requires_grad=True)
    target = torch.tensor(args["target"], dtype=torch.float32)
    loss = solution.CustomL1Loss(args["min_val"], args["max_val"])(pred, target)
    loss.backward()
    grad = pred.grad if pred.grad is not None else torch.zeros_like(pred)
    return {"loss": loss.detach().numpy(), "grad": grad.numpy()}
