import torch
import torch.nn as nn


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float = 1e-6):
        super().__init__()
        # TODO: self.weight = nn.Parameter(...)，形状 (dim,)，初始化为全 1
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (..., dim) -> 同形状。"""
        raise NotImplementedError
