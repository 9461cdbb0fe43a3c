import torch
import torch.nn as nn


class PositionalEncodingWithMask(nn.Module):
    def __init__(self, d_model: int, max_len: int):
        """预先计算 (max_len, d_model) 的正弦位置编码，注册为名为 "pe" 的非持久 buffer。"""
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """返回 (x + pe[:T], mask)，mask[b, t] = t < lengths[b]；不要调用 .to(device)。"""
        raise NotImplementedError
