import torch


def layer_norm(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor, eps: float = 1e-5) -> torch.Tensor:
    """在最后一维上做 LayerNorm（有偏方差）。x: (..., D)；weight, bias: (D,)。"""
    raise NotImplementedError
