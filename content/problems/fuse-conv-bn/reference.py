import torch


def fuse_conv_bn(conv_weight: torch.Tensor, conv_bias: torch.Tensor | None,
                 bn_weight: torch.Tensor, bn_bias: torch.Tensor,
                 running_mean: torch.Tensor, running_var: torch.Tensor,
                 eps: float) -> tuple[torch.Tensor, torch.Tensor]:
    scale = bn_weight / torch.sqrt(running_var + eps)
    w = conv_weight * scale.reshape(-1, *([1] * (conv_weight.dim() - 1)))
    if conv_bias is None:
        conv_bias = torch.zeros_like(running_mean)
    b = (conv_bias - running_mean) * scale + bn_bias
    return w, b
