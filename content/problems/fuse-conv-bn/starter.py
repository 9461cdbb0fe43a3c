import torch


def fuse_conv_bn(conv_weight: torch.Tensor, conv_bias: torch.Tensor | None,
                 bn_weight: torch.Tensor, bn_bias: torch.Tensor,
                 running_mean: torch.Tensor, running_var: torch.Tensor,
                 eps: float) -> tuple[torch.Tensor, torch.Tensor]:
    """返回 (w_fused, b_fused)，使融合后的卷积等于 conv 之后接推理模式的 BN。"""
    raise NotImplementedError
