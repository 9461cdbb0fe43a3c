import numpy as np

_LAYERS = ("q_proj", "k_proj", "v_proj", "out_proj")


def _case(rng, name, b, n, d, h, chunks, large=False):
    assert sum(chunks) == n
    weights = {}
    for layer in _LAYERS:
        weights[layer + ".weight"] = (rng.standard_normal((d, d)) / np.sqrt(d)).astype(np.float32)
        weights[layer + ".bias"] = (rng.standard_normal(d) * 0.1).astype(np.float32)
    x = rng.standard_normal((b, n, d)).astype(np.float32)
    return {"name": name, "large": large,
            "args": {"d_model": d, "num_heads": h, "x": x, "chunks": list(chunks), "weights": weights}}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "token-by-token", 2, 6, 8, 2, [1] * 6),
        _case(rng, "single-token-sequence", 1, 1, 4, 1, [1]),
        _case(rng, "prefill-then-decode", 2, 8, 12, 3, [5, 1, 1, 1]),
        _case(rng, "uneven-chunks", 3, 10, 16, 4, [3, 2, 1, 4]),
        _case(rng, "one-chunk", 2, 7, 8, 1, [7]),
        _case(rng, "head-dim-1", 1, 5, 4, 4, [2, 1, 2]),
        _case(rng, "large", 4, 96, 256, 8, [64] + [1] * 32, large=True),
    ]


def _load(module, tensors):
    import torch
    named = dict(module.named_parameters())
    named.update(dict(module.named_buffers()))
    with torch.no_grad():
        for key, arr in tensors.items():
            if key not in named:
                raise AttributeError(f"模块里找不到参数 {key}")
            src = torch.as_tensor(np.asarray(arr))
            if tuple(named[key].shape) != tuple(src.shape):
                raise ValueError(f"{key} 的形状应为 {tuple(src.shape)}，实际是 {tuple(named[key].shape)}")
            named[key].copy_(src)


def _build(solution, args):
    model = solution.CausalSelfAttention(args["d_model"], args["num_heads"])
    _load(model, args["weights"])
    return model.eval()


def call(solution, args: dict):
    import torch
    torch.manual_seed(0)
    x = torch.tensor(args["x"], dtype=torch.float32)
    with torch.no_grad():
        full, _ = _build(solution, args)(x)
        model = _build(solution, args)
        cache, outs, start = None, [], 0
        for size in args["chunks"]:
            out, cache = model(x[:, start:start + size], cache)
            outs.append(out)
            start += size
        if not isinstance(cache, tuple) or len(cache) != 2:
            raise TypeError("new_cache 必须是 (k, v) 二元组")
    return {
        "full": full.detach().numpy(),
        "incremental": torch.cat(outs, dim=1).detach().numpy(),
        "cache_k": cache[0].detach().numpy(),
        "cache_v": cache[1].detach().numpy(),
    }
