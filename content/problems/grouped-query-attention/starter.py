import math

import torch


def gqa(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool = False) -> torch.Tensor:
    """q: (B, Hq, L, d)；k, v: (B, Hkv, L, d)。query 头 h 使用 KV 头 h // (Hq // Hkv)。
    返回 (B, Hq, L, d)。"""
    raise NotImplementedError
