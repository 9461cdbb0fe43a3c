import torch


def apply_rope(x: torch.Tensor, positions: torch.Tensor, base: float = 10000.0) -> torch.Tensor:
    d = x.shape[-1]
    assert d % 2 == 0
    half = d // 2
    # Angles in float64: positions up to a few thousand times inv_freq lose precision in float32.
    inv_freq = base ** (-torch.arange(half, dtype=torch.float64) * 2.0 / d)
    angles = positions.to(torch.float64)[:, None] * inv_freq[None, :]      # (L, d/2)
    cos = torch.cos(angles).to(x.dtype)
    sin = torch.sin(angles).to(x.dtype)
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)
