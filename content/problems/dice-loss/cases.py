import numpy as np


def _blob_masks(rng, n, h, w, radii):
    yy, xx = np.mgrid[:h, :w]
    masks = np.zeros((n, 1, h, w), dtype=np.float32)
    for i, r in enumerate(radii):
        cy, cx = rng.integers(0, h), rng.integers(0, w)
        masks[i, 0] = ((yy - cy) ** 2 + (xx - cx) ** 2 <= r * r)
    return masks


def _noisy(rng, targets, noise):
    """Probabilities that roughly follow the targets."""
    logits = (targets * 2 - 1) * 2.0 + rng.standard_normal(targets.shape) * noise
    return (1 / (1 + np.exp(-logits))).astype(np.float32)


def _case(name, probs, targets, smooth=1.0, large=False):
    return {"name": name, "large": large, "args": {
        "probs": probs.astype(np.float32), "targets": targets.astype(np.float32), "smooth": float(smooth)}}


def generate(rng: np.random.Generator) -> list[dict]:
    t1 = _blob_masks(rng, 1, 8, 8, [3])
    t_mixed = _blob_masks(rng, 4, 32, 32, [0.5, 2, 6, 14])
    t_mixed[0] = 0.0
    t_perfect = _blob_masks(rng, 3, 10, 12, [2, 3, 4])
    empty = np.zeros((2, 1, 6, 6), dtype=np.float32)
    t_large = _blob_masks(rng, 16, 512, 512, rng.integers(0, 120, size=16))
    return [
        _case("single-sample", _noisy(rng, t1, 1.0), t1),
        _case("uneven-foregrounds", _noisy(rng, t_mixed, 1.5), t_mixed),
        _case("perfect-prediction", t_perfect.copy(), t_perfect),
        _case("all-wrong", 1 - t_perfect, t_perfect),
        _case("empty-pred-and-target", empty, empty.copy()),
        _case("empty-target-some-pred", rng.random((2, 1, 6, 6)) * 0.3, empty.copy()),
        _case("small-smooth", _noisy(rng, t_mixed, 2.0), t_mixed, smooth=1e-5),
        _case("big-smooth", rng.random((3, 1, 5, 7)), (rng.random((3, 1, 5, 7)) < 0.4), smooth=10.0),
        _case("large", _noisy(rng, t_large, 1.0), t_large, large=True),
    ]


def call(solution, args: dict):
    import torch
    probs = torch.tensor(args["probs"], dtype=torch.float32)
    targets = torch.tensor(args["targets"], dtype=torch.float32)
    with torch.no_grad():
        out = solution.dice_loss(probs, targets, args["smooth"])
    return torch.as_tensor(out).detach().numpy()
