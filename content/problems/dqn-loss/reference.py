import torch
import torch.nn.functional as F


def dqn_loss(q_values: torch.Tensor, actions: torch.Tensor, rewards: torch.Tensor,
             dones: torch.Tensor, next_q_target: torch.Tensor, gamma: float,
             next_q_online: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    # Q(s, a) of the actions actually taken: (B, A) -> (B,)
    q_sa = q_values.gather(1, actions.long().unsqueeze(1)).squeeze(1)
    with torch.no_grad():                     # the TD target is a constant: no gradient flows into it
        if next_q_online is None:             # DQN: the target network both picks and scores a'
            next_v = next_q_target.max(dim=1).values
        else:                                 # Double DQN: the online network picks a'
            best = next_q_online.argmax(dim=1, keepdim=True)
            next_v = next_q_target.gather(1, best).squeeze(1)
        targets = rewards + gamma * (1.0 - dones.to(rewards.dtype)) * next_v
    loss = F.smooth_l1_loss(q_sa, targets)    # Huber loss with delta = 1, averaged over the batch
    return loss, targets
