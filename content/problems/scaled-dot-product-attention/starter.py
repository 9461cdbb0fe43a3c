import torch


def scaled_dot_product_attention(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, mask: torch.Tensor | None = None
) -> torch.Tensor:
    """softmax(q @ k^T / sqrt(d)) @ v.

    q: (..., Lq, d), k: (..., Lk, d), v: (..., Lk, dv). mask: optional bool tensor
    broadcastable to (..., Lq, Lk); True means the position takes part.
    Returns (..., Lq, dv).
    """
    raise NotImplementedError
