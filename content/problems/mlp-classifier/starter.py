import torch
import torch.nn as nn
import torch.nn.functional as F


class TwoLayerMLP(nn.Module):
    def __init__(self, in_dim: int, hidden: int, n_classes: int):
        super().__init__()
        # TODO: self.fc1, self.fc2
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """返回 logits (N, n_classes)。"""
        raise NotImplementedError


def batch_loss_and_accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, float]:
    """返回 (平均交叉熵 0 维张量, 准确率 float)。"""
    raise NotImplementedError


def predict(model: nn.Module, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """eval + no_grad，返回 (labels (N,) int64, probs (N, C))。"""
    raise NotImplementedError
