import torch
import torch.nn as nn


class BatchNorm2d(nn.Module):
    def __init__(self, num_features: int, eps: float = 1e-5, momentum: float = 0.1):
        super().__init__()
        # TODO: weight / bias 参数，running_mean / running_var 缓冲区
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (N, C, H, W)。训练模式用 batch 统计量并更新滑动统计量，推理模式用滑动统计量。"""
        raise NotImplementedError
