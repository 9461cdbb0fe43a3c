import torch


def dqn_loss(q_values: torch.Tensor, actions: torch.Tensor, rewards: torch.Tensor,
             dones: torch.Tensor, next_q_target: torch.Tensor, gamma: float,
             next_q_online: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """DQN 一个 batch 的 TD 损失。

    q_values: (B, A) 在线网络的 Q(s, ·)；actions: (B,) int64；rewards: (B,)；dones: (B,) bool；
    next_q_target: (B, A) 目标网络的 Q(s', ·)；next_q_online: None（DQN）或 (B, A) 在线网络的 Q(s', ·)（Double DQN）。
    返回 (loss, targets)：Huber(delta=1) 损失的 batch 均值，和 (B,) 的 TD 目标（不带梯度）。
    """
    raise NotImplementedError
