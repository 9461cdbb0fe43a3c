import torch


def sample_top_p(logits: torch.Tensor, top_p: float, temperature: float,
                 u: torch.Tensor, top_k: int = 0) -> torch.Tensor:
    probs = torch.softmax(logits / temperature, dim=-1)
    sorted_p, order = torch.sort(probs, dim=-1, descending=True, stable=True)
    if 0 < top_k < sorted_p.shape[-1]:
        sorted_p, order = sorted_p[:, :top_k], order[:, :top_k]
    sorted_p = sorted_p / sorted_p.sum(dim=-1, keepdim=True)

    # mass strictly before each token; a token survives while that mass is still < top_p
    cum = sorted_p.cumsum(dim=-1)
    before = torch.cat([torch.zeros_like(cum[:, :1]), cum[:, :-1]], dim=-1)
    keep = before < top_p
    kept = torch.where(keep, sorted_p, torch.zeros_like(sorted_p))
    kept = kept / kept.sum(dim=-1, keepdim=True)

    cdf = kept.cumsum(dim=-1)
    pick = torch.searchsorted(cdf, u.to(cdf.dtype).unsqueeze(-1).contiguous(), right=True).squeeze(-1)
    pick = torch.minimum(pick, keep.sum(dim=-1) - 1)
    return order.gather(-1, pick.unsqueeze(-1)).squeeze(-1)
