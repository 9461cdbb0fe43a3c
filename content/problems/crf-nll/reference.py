import torch


def crf_nll(emissions: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor,
            transitions: torch.Tensor, start_transitions: torch.Tensor,
            end_transitions: torch.Tensor) -> torch.Tensor:
    b, t, k = emissions.shape
    mask = mask.bool()
    batch = torch.arange(b, device=emissions.device)
    # score of the gold path: start + emissions + transitions + end (masked steps add nothing)
    score = start_transitions[tags[:, 0]] + emissions[batch, 0, tags[:, 0]]
    for i in range(1, t):
        step = transitions[tags[:, i - 1], tags[:, i]] + emissions[batch, i, tags[:, i]]
        score = score + step * mask[:, i]
    last = tags[batch, mask.sum(dim=1) - 1]          # the last valid tag of every sequence
    score = score + end_transitions[last]
    # log partition function by the forward algorithm, in log space
    alpha = start_transitions + emissions[:, 0]       # (B, K)
    for i in range(1, t):
        nxt = torch.logsumexp(alpha[:, :, None] + transitions[None], dim=1) + emissions[:, i]
        alpha = torch.where(mask[:, i, None], nxt, alpha)  # padded steps keep alpha
    log_z = torch.logsumexp(alpha + end_transitions, dim=1)
    return log_z - score
