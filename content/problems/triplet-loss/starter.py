import torch


def triplet_loss(anchor: torch.Tensor, positive: torch.Tensor, negative: torch.Tensor,
                 margin: float = 1.0) -> torch.Tensor:
    """(N, D) 三个张量，欧氏距离，mean(max(d_ap - d_an + margin, 0))，返回 0 维张量。"""
    raise NotImplementedError
