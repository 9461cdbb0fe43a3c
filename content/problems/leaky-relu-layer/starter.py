import torch
import torch.nn as nn


class LReLU(nn.Module):
    def __init__(self, negative_slope: float = 0.01):
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x > 0 时为 x，否则为 negative_slope * x。"""
        raise NotImplementedError
