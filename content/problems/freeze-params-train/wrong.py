import torch
import torch.nn as nn
import torch.nn.functional as F


def train_frozen(model_state, x, y, lr, steps):
    h1, d_in = model_state["0.weight"].shape
    h2 = model_state["2.weight"].shape[0]
    n_classes = model_state["4.weight"].shape[0]
    model = nn.Sequential(nn.Linear(d_in, h1), nn.ReLU(), nn.Linear(h1, h2), nn.ReLU(),
                          nn.Linear(h2, n_classes))
    model.load_state_dict(model_state)
    # Mistake: only the first parameter (0.weight) is frozen; 0.bias keeps training.
    next(iter(model.parameters())).requires_grad_(False)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
    return {k: v.detach().clone() for k, v in model.state_dict().items()}
