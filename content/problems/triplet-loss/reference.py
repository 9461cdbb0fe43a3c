import torch


def triplet_loss(anchor: torch.Tensor, positive: torch.Tensor, negative: torch.Tensor,
                 margin: float = 1.0) -> torch.Tensor:
    d_ap = (anchor - positive).pow(2).sum(dim=1).sqrt()
    d_an = (anchor - negative).pow(2).sum(dim=1).sqrt()
    return torch.clamp(d_ap - d_an + margin, min=0).mean()
