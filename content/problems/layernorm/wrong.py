import torch


def layer_norm(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor, eps: float = 1e-5) -> torch.Tensor:
    mu = x.mean(dim=-1, keepdim=True)
    # Mistake: torch.var defaults to the unbiased estimator (divide by D - 1);
    # LayerNorm normalises with the biased variance.
    var = x.var(dim=-1, keepdim=True)
    return (x - mu) / torch.sqrt(var + eps) * weight + bias
