import torch


def layer_norm(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor, eps: float = 1e-5) -> torch.Tensor:
    mu = x.mean(dim=-1, keepdim=True)
    centered = x - mu
    var = centered.pow(2).mean(dim=-1, keepdim=True)      # biased: divide by D
    return centered * torch.rsqrt(var + eps) * weight + bias
