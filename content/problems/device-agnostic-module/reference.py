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
        # a buffer follows model.to(device / dtype); persistent=False keeps it out of state_dict
        self.register_buffer("pe", pe, persistent=False)

    def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        t = x.shape[1]
        out = x + self.pe[:t]
        # created directly on x's device: no .to(device), no host-to-device copy
        steps = torch.arange(t, device=x.device)
        mask = steps[None, :] < lengths[:, None]
        return out, mask
