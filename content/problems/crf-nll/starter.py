import torch


def crf_nll(emissions: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor,
            transitions: torch.Tensor, start_transitions: torch.Tensor,
            end_transitions: torch.Tensor) -> torch.Tensor:
    """线性链 CRF 的负对数似然，每个序列一个值。

    emissions: (B, T, K) float64；tags: (B, T) int64；mask: (B, T) bool，每行是前缀 True；
    transitions: (K, K)，transitions[i, j] 是从标签 i 转到标签 j 的分数；
    start_transitions, end_transitions: (K,)。返回 (B,) float64：log Z - 真实路径分数。
    """
    raise NotImplementedError
