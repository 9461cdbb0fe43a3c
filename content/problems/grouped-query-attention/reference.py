import math

import torch


def gqa(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool = False) -> torch.Tensor:
    b, hq, n, d = q.shape
    hkv = k.shape[1]
    assert hq % hkv == 0
    group = hq // hkv
    # Fold the query heads into (Hkv, g) so each KV head is broadcast over its group
    # without materialising repeated copies.
    qg = q.reshape(b, hkv, group, n, d)
    kg = k.unsqueeze(2)
    vg = v.unsqueeze(2)
    scores = qg @ kg.transpose(-2, -1) / math.sqrt(d)          # (B, Hkv, g, L, L)
    if causal:
        keep = torch.ones(n, n, dtype=torch.bool, device=q.device).tril()
        scores = scores.masked_fill(~keep, float("-inf"))
    out = torch.softmax(scores, dim=-1) @ vg                    # (B, Hkv, g, L, d)
    return out.reshape(b, hq, n, d)
