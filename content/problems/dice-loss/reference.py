import torch


def dice_loss(probs: torch.Tensor, targets: torch.Tensor, smooth: float = 1.0) -> torch.Tensor:
    p = probs.flatten(1)
    t = targets.flatten(1)
    inter = (p * t).sum(dim=1)
    dice = (2 * inter + smooth) / (p.sum(dim=1) + t.sum(dim=1) + smooth)
    return 1 - dice.mean()
