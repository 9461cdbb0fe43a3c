import math

import torch
import torch.nn as nn


class MultiHeadAttention(nn.Module):
    def __init__(self, d_model: int, num_heads: int):
        super().__init__()
        self.num_heads = num_heads
        self.d_head = d_model // num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, x: torch.Tensor, mask: torch.Tensor | None = None) -> torch.Tensor:
        b, n, d = x.shape
        # Mistake: reshapes straight to (B, H, L, d_head) without the transpose, so the
        # "heads" mix positions and channels instead of splitting the channels.
        q = self.q_proj(x).reshape(b, self.num_heads, n, self.d_head)
        k = self.k_proj(x).reshape(b, self.num_heads, n, self.d_head)
        v = self.v_proj(x).reshape(b, self.num_heads, n, self.d_head)
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d_head)
        if mask is not None:
            if mask.dim() == 3:
                mask = mask.unsqueeze(1)
            scores = scores.masked_fill(~mask, float("-inf"))
        ctx = torch.softmax(scores, dim=-1) @ v
        return self.out_proj(ctx.reshape(b, n, d))
