import torch


def crf_nll(emissions: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor,
            transitions: torch.Tensor, start_transitions: torch.Tensor,
            end_transitions: torch.Tensor) -> torch.Tensor:
    b, t, k = emissions.shape
    mask = mask.bool()
    batch = torch.arange(b, device=emissions.device)
    score = start_transitions[tags[:, 0]] + emissions[batch, 0, tags[:, 0]]
    for i in range(1, t):
        step = transitions[tags[:, i - 1], tags[:, i]] + emissions[batch, i, tags[:, i]]
        score = score + step * mask[:, i]
    # The classic slip: the end transition uses the tag at the last column, padding or not.
    score = score + end_transitions[tags[:, -1]]
    alpha = start_transitions + emissions[:, 0]
    for i in range(1, t):
        nxt = torch.logsumexp(alpha[:, :, None] + transitions[None], dim=1) + emissions[:, i]
        alpha = torch.where(mask[:, i, None], nxt, alpha)
    log_z = torch.logsumexp(alpha + end_transitions, dim=1)
    return log_z - score
