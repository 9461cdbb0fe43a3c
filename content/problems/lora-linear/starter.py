import math

import torch
import torch.nn as nn


class LoRALinear(nn.Module):
    def __init__(self, in_features: int, out_features: int, r: int, alpha: float):
        super().__init__()
        # TODO: self.base（冻结）、self.lora_A (r, in)、self.lora_B (out, r)、缩放系数 alpha / r
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (..., in_features) -> (..., out_features)"""
        raise NotImplementedError

    def merged_weight(self) -> torch.Tensor:
        """返回 base.weight + scaling * lora_B @ lora_A，形状 (out_features, in_features)。"""
        raise NotImplementedError
