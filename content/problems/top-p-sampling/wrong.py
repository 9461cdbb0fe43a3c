import torch


def sample_top_p(logits: torch.Tensor, top_p: float, temperature: float,
                 u: torch.Tensor, top_k: int = 0) -> torch.Tensor:
    probs = torch.softmax(logits / temperature, dim=-1)
    sorted_p, order = torch.sort(probs, dim=-1, descending=True, stable=True)
    if 0 < top_k < sorted_p.shape[-1]:
        sorted_p, order = sorted_p[:, :top_k], order[:, :top_k]
    sorted_p = sorted_p / sorted_p.sum(dim=-1, keepdim=True)
    cum = sorted_p.cumsum(dim=-1)
    # Mistake (off by one): keeps only tokens whose *inclusive* cumulative mass is below
    # top_p, so the token that crosses the threshold is dropped.
    keep = cum < top_p
    keep[:, 0] = True
    kept = torch.where(keep, sorted_p, torch.zeros_like(sorted_p))
    kept = kept / kept.sum(dim=-1, keepdim=True)
    cdf = kept.cumsum(dim=-1)
    pick = torch.searchsorted(cdf, u.unsqueeze(-1).contiguous(), right=True).squeeze(-1)
    pick = torch.minimum(pick, keep.sum(dim=-1) - 1)
    return order.gather(-1, pick.unsqueeze(-1)).squeeze(-1)
