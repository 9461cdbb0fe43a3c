import torch


def apply_rope(x: torch.Tensor, positions: torch.Tensor, base: float = 10000.0) -> torch.Tensor:
    """x: (..., L, d)，d 为偶数；positions: (L,) int64。
    rotate-half 约定：第 i 维与第 i + d/2 维配对。返回同形状张量。"""
    raise NotImplementedError
