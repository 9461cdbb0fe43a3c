import math

import torch


def gqa(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool = False) -> torch.Tensor:
    b, hq, n, d = q.shape
    group = hq // k.shape[1]
    # Mistake: .repeat tiles the KV heads (0,1,0,1,...) instead of repeating each head
    # g times in a row (0,0,1,1,...), so query heads get paired with the wrong KV head.
    k = k.repeat(1, group, 1, 1)
    v = v.repeat(1, group, 1, 1)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if causal:
        keep = torch.ones(n, n, dtype=torch.bool).tril()
        scores = scores.masked_fill(~keep, float("-inf"))
    return torch.softmax(scores, dim=-1) @ v
