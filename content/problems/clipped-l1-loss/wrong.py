import torch
import torch.nn as nn


class CustomL1Loss(nn.Module):
    def __init__(self, min_val: float, max_val: float):
        super().__init__()
        self.min_val = min_val
        self.max_val = max_val

    def forward(self, pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        # Mistake: only the prediction is clamped; out-of-range targets are compared raw.
        p = pred.clamp(self.min_val, self.max_val)
        return (p - target).abs().mean()
