import numpy as np

_DELTA = 2e-4   # distance every u / top_p decision keeps from its boundary


def _prepare(logits, temperature, top_k):
    """Float64 version of steps 1-3 of the contract for one row."""
    z = logits.astype(np.float64) / temperature
    p = np.exp(z - z.max())
    p /= p.sum()
    order = np.argsort(-p, kind="stable")
    sp = p[order]
    if 0 < top_k < len(sp):
        sp, order = sp[:top_k], order[:top_k]
    sp = sp / sp.sum()
    before = np.concatenate([[0.0], np.cumsum(sp)[:-1]])
    return sp, order, before


def _pick(prep, top_p, u, shift_keep, shift_u):
    """Steps 4-6 with both thresholds moved by the given shifts."""
    sp, order, before = prep
    n_keep = int(np.count_nonzero(before < top_p + shift_keep))   # `before` is non-decreasing
    kept = sp[:n_keep] / sp[:n_keep].sum()
    cdf = np.cumsum(kept)
    j = min(int(np.searchsorted(cdf, u + shift_u, side="right")), n_keep - 1)
    return int(order[j])


def _robust(prep, top_p, u):
    """True when float32 rounding (well below _DELTA) cannot change the sampled token."""
    picks = {_pick(prep, top_p, u, a, b) for a in (-_DELTA, _DELTA) for b in (-_DELTA, _DELTA)}
    return len(picks) == 1


def _case(rng, name, logits, top_p, temperature, top_k=0, u=None, large=False):
    # logits on a 0.05 grid: distinct values never land within float32 noise of each other
    logits = (np.round(np.asarray(logits, dtype=np.float64) * 20) / 20).astype(np.float32)
    n = logits.shape[0]
    fixed_u = u is not None
    u = np.zeros(n) if u is None else np.broadcast_to(np.asarray(u, dtype=np.float64), (n,)).copy()
    for i in range(n):
        prep = _prepare(logits[i], temperature, top_k)
        for _ in range(200):
            if not fixed_u:
                u[i] = float(np.float32(rng.random()))
            if _robust(prep, top_p, u[i]):
                break
        else:
            raise AssertionError(f"{name}: could not find a robust u for row {i}")
    return {"name": name, "large": large, "args": {
        "logits": logits, "top_p": float(top_p), "temperature": float(temperature),
        "u": u.astype(np.float32), "top_k": int(top_k)}}


def generate(rng: np.random.Generator) -> list[dict]:
    g = lambda n, v, s=2.0: rng.standard_normal((n, v)) * s
    ties = np.tile(np.array([1.0, 2.0, 2.0, 0.5, 2.0, 1.0, 0.5, 1.0]), (6, 1))
    return [
        _case(rng, "statement-example", np.log([[0.5, 0.1, 0.3, 0.1]] * 2), 0.7, 1.0, u=[0.6, 0.7]),
        _case(rng, "full-distribution", g(8, 10), 1.0, 1.0),
        _case(rng, "tiny-top-p-is-argmax", g(6, 12), 1e-3, 1.0),
        _case(rng, "argmax-ties-lower-index", ties, 1e-3, 1.0),
        _case(rng, "ties-nucleus", ties, 0.55, 1.0),
        _case(rng, "low-temperature", g(8, 16), 0.9, 0.3),
        _case(rng, "high-temperature", g(8, 16), 0.8, 3.0),
        _case(rng, "top-k-only", g(8, 20), 1.0, 1.0, top_k=3),
        _case(rng, "top-k-then-top-p", g(8, 20), 0.6, 0.8, top_k=5),
        _case(rng, "top-k-1", g(5, 9), 0.95, 1.0, top_k=1),
        _case(rng, "top-k-above-vocab", g(5, 9), 0.75, 1.2, top_k=100),
        _case(rng, "vocab-1", g(4, 1), 0.5, 1.0),
        _case(rng, "u-zero", g(6, 15), 0.85, 1.0, u=0.0),
        _case(rng, "huge-logits", g(6, 12, 1.0) + 1e4, 0.65, 0.7),
        _case(rng, "mid-top-p-many-rows", g(40, 50), 0.5, 1.0),
        _case(rng, "large", g(64, 32000, 4.0), 0.9, 0.8, large=True),
        _case(rng, "large-top-k", g(64, 32000, 4.0), 0.7, 1.0, top_k=50, large=True),
    ]


def call(solution, args: dict):
    import torch
    logits = torch.tensor(args["logits"], dtype=torch.float32)
    u = torch.tensor(args["u"], dtype=torch.float32)
    with torch.no_grad():
        out = solution.sample_top_p(logits, args["top_p"], args["temperature"], u, args["top_k"])
    out = torch.as_tensor(out)
    if out.is_floating_point():
        raise TypeError(f"应返回整数张量，得到 {out.dtype}")
    return out.detach().numpy().astype(np.int64)
