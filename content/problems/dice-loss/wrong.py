import torch


def dice_loss(probs: torch.Tensor, targets: torch.Tensor, smooth: float = 1.0) -> torch.Tensor:
    # Mistake: one Dice over the whole batch (global sums) instead of the mean of the
    # per-sample Dice scores; large masks then drown out small or empty ones.
    inter = (probs * targets).sum()
    dice = (2 * inter + smooth) / (probs.sum() + targets.sum() + smooth)
    return 1 - dice
