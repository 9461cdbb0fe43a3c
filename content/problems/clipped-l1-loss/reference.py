import torch
import torch.nn as nn


class CustomL1Loss(nn.Module):
    def __init__(self, min_val: float, max_val: float):
        super().__init__()
        if min_val > max_val:
            raise ValueError("min_val must not exceed max_val")
        self.min_val = min_val
        self.max_val = max_val

    def forward(self, pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        p = pred.clamp(self.min_val, self.max_val)
        t = target.clamp(self.min_val, self.max_val)
        return (p - t).abs().mean()
