import numpy as np


def _case(name, a, p, n, margin=1.0, large=False):
    f = lambda v: np.asarray(v, dtype=np.float32)
    return {"name": name, "large": large,
            "args": {"anchor": f(a), "positive": f(p), "negative": f(n), "margin": float(margin)}}


def generate(rng: np.random.Generator) -> list[dict]:
    r = lambda *s: rng.standard_normal(s)
    a = r(12, 16)
    mixed_p = a + r(12, 16) * np.linspace(0.1, 1.5, 12)[:, None]
    mixed_n = a + r(12, 16) * np.linspace(1.5, 0.1, 12)[:, None]
    easy_a = r(6, 8)
    big_a = r(16384, 128)
    return [
        _case("statement-example", [[0, 0]], [[3, 4]], [[0, 1]]),
        _case("single-triplet", r(1, 5), r(1, 5), r(1, 5), margin=0.5),
        _case("random", r(10, 8), r(10, 8), r(10, 8)),
        _case("mixed-easy-and-hard", a, mixed_p, mixed_n),
        _case("all-satisfied-zero-loss", easy_a, easy_a + 0.01 * r(6, 8), easy_a + 10 + r(6, 8)),
        _case("anchor-equals-positive", easy_a, easy_a.copy(), easy_a + 0.2 * r(6, 8)),
        _case("small-margin", r(9, 4), r(9, 4), r(9, 4), margin=0.05),
        _case("big-margin", r(7, 3), r(7, 3), r(7, 3), margin=5.0),
        _case("large", big_a, big_a + 0.8 * r(16384, 128), big_a + 1.0 * r(16384, 128), margin=2.0, large=True),
    ]


def call(solution, args: dict):
    import torch
    t = lambda key: torch.tensor(args[key], dtype=torch.float32)
    with torch.no_grad():
        out = solution.triplet_loss(t("anchor"), t("positive"), t("negative"), args["margin"])
    return torch.as_tensor(out).detach().numpy()
