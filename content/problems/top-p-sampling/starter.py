import torch


def sample_top_p(logits: torch.Tensor, top_p: float, temperature: float,
                 u: torch.Tensor, top_k: int = 0) -> torch.Tensor:
    """logits: (N, V)；u: (N,) 给定的均匀随机数。
    温度 -> 排序（并列时下标小的在前）-> top-k -> top-p -> 用 u 做逆 CDF 采样。
    返回 (N,) int64，原始词表下标。"""
    raise NotImplementedError
