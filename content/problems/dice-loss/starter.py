import torch


def dice_loss(probs: torch.Tensor, targets: torch.Tensor, smooth: float = 1.0) -> torch.Tensor:
    """probs, targets: (N, 1, H, W)。每个样本算 Dice，返回 1 - 平均 Dice（0 维张量）。"""
    raise NotImplementedError
