import torch


def fuse_conv_bn(conv_weight, conv_bias, bn_weight, bn_bias, running_mean, running_var, eps):
    scale = bn_weight / torch.sqrt(running_var + eps)
    w = conv_weight * scale[:, None, None, None]
    if conv_bias is None:
        conv_bias = torch.zeros_like(running_mean)
    # Mistake: the conv bias passes through BN too and must be scaled; here it is added
    # unscaled (only the mean term gets multiplied by the scale).
    b = conv_bias + bn_bias - running_mean * scale
    return w, b
