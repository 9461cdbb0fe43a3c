import torch
import torch.nn as nn


class PositionalEncodingWithMask(nn.Module):
    def __init__(self, d_model: int, max_len: int):
        super().__init__()
        pos = torch.arange(max_len, dtype=torch.float32)[:, None]
        div = 10000.0 ** (torch.arange(0, d_model, 2, dtype=torch.float32) / d_model)
        pe = torch.zeros(max_len, d_model)
        pe[:, 0::2] = torch.sin(pos / div)
        pe[:, 1::2] = torch.cos(pos / div)
        # The classic slip: a plain attribute is not moved by model.to(...)
        self.pe = pe

    def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        t = x.shape[1]
        out = x + self.pe[:t]
        mask = torch.arange(t)[None, :] < lengths[:, None]
        return out, mask
