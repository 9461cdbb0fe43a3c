import torch
import torch.nn as nn


class LReLU(nn.Module):
    def __init__(self, negative_slope: float = 0.01):
        super().__init__()
        self.negative_slope = negative_slope

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Mistake: max(x, a*x) is LeakyReLU only for 0 <= a <= 1; for a > 1 it picks a*x on
        # the positive side. It also splits the gradient at x == 0.
        return torch.maximum(x, self.negative_slope * x)
