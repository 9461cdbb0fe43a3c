import torch
import torch.nn.functional as F


def sigmoid_focal_loss(logits: torch.Tensor, targets: torch.Tensor,
                       alpha: float | None = 0.25, gamma: float = 2.0,
                       reduction: str = "mean") -> torch.Tensor:
    """alpha 为正样本权重（负样本 1 - alpha），None 表示不加权。
    reduction: "none" | "mean" | "sum"。"""
    raise NotImplementedError
