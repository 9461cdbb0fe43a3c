import math

import torch
import torch.nn as nn


class MultiHeadAttention(nn.Module):
    def __init__(self, d_model: int, num_heads: int):
        super().__init__()
        # TODO: 定义 q_proj / k_proj / v_proj / out_proj（nn.Linear(d_model, d_model)，带 bias）
        raise NotImplementedError

    def forward(self, x: torch.Tensor, mask: torch.Tensor | None = None) -> torch.Tensor:
        """x: (B, L, d_model)；mask: None 或 bool (L, L) / (B, L, L)，True 表示可以看。
        返回 (B, L, d_model)。"""
        raise NotImplementedError
