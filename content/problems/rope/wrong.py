import torch


def apply_rope(x: torch.Tensor, positions: torch.Tensor, base: float = 10000.0) -> torch.Tensor:
    d = x.shape[-1]
    inv_freq = base ** (-torch.arange(d // 2, dtype=torch.float64) * 2.0 / d)
    angles = positions.to(torch.float64)[:, None] * inv_freq[None, :]
    cos = torch.cos(angles).to(x.dtype)
    sin = torch.sin(angles).to(x.dtype)
    # Mistake: pairs adjacent dimensions (2i, 2i+1) -- the interleaved GPT-J layout --
    # while the contract asks for the rotate-half pairing (i, i + d/2).
    even, odd = x[..., 0::2], x[..., 1::2]
    out = torch.stack([even * cos - odd * sin, odd * cos + even * sin], dim=-1)
    return out.flatten(-2)
