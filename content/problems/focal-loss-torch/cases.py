import numpy as np


def _case(rng, name, shape, alpha=0.25, gamma=2.0, reduction="mean", scale=3.0,
          pos_rate=0.2, large=False, logits=None, targets=None):
    if logits is None:
        logits = rng.standard_normal(shape) * scale
    if targets is None:
        targets = (rng.random(shape) < pos_rate)
    return {"name": name, "large": large, "args": {
        "logits": np.asarray(logits, dtype=np.float32),
        "targets": np.asarray(targets, dtype=np.float32),
        "alpha": alpha, "gamma": gamma, "reduction": reduction}}


def generate(rng: np.random.Generator) -> list[dict]:
    extreme = np.array([[-100.0, 100.0, -100.0, 100.0, 0.0, 30.0, -30.0, 17.0]])
    extreme_t = np.array([[0, 1, 1, 0, 1, 0, 1, 1]])
    return [
        _case(rng, "basic-mean", (8, 10)),
        _case(rng, "reduction-none", (4, 5, 3), reduction="none"),
        _case(rng, "reduction-sum", (16, 7), reduction="sum"),
        _case(rng, "gamma-0-is-weighted-bce", (6, 9), gamma=0.0, reduction="none"),
        _case(rng, "alpha-none", (5, 11), alpha=None, gamma=1.5, reduction="none"),
        _case(rng, "all-positive", (3, 8), alpha=0.75, reduction="none", pos_rate=1.1),
        _case(rng, "all-negative-sum", (3, 8), reduction="sum", pos_rate=-0.1),
        _case(rng, "extreme-logits", None, reduction="none", logits=extreme, targets=extreme_t),
        _case(rng, "extreme-logits-mean", None, alpha=0.5, gamma=3.0, logits=extreme, targets=extreme_t),
        _case(rng, "large", (16, 80, 3000), pos_rate=0.01, large=True),
    ]


def call(solution, args: dict):
    import torch
    logits = torch.tensor(args["logits"], dtype=torch.float32)
    targets = torch.tensor(args["targets"], dtype=torch.float32)
    with torch.no_grad():
        out = solution.sigmoid_focal_loss(logits, targets, args["alpha"], args["gamma"], args["reduction"])
    return torch.as_tensor(out).detach().numpy()
