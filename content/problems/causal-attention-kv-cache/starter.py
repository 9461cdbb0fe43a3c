import math

import torch
import torch.nn as nn


class CausalSelfAttention(nn.Module):
    def __init__(self, d_model: int, num_heads: int):
        super().__init__()
        # TODO: q_proj / k_proj / v_proj / out_proj = nn.Linear(d_model, d_model)
        raise NotImplementedError

    def forward(self, x: torch.Tensor, cache=None):
        """x: (B, T, d_model)；cache: None 或 (k, v)，各为 (B, H, T_past, d_head)。
        返回 (out (B, T, d_model), (k_all, v_all))。"""
        raise NotImplementedError
