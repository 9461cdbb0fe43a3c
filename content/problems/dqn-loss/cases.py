import numpy as np


def _case(rng, name, b, a, gamma, done_rate=0.3, double=False, ties=False, scale=1.0, large=False):
    q = (rng.standard_normal((b, a)) * scale).astype(np.float32)
    nxt = (rng.standard_normal((b, a)) * scale).astype(np.float32)
    online = (rng.standard_normal((b, a)) * scale).astype(np.float32)
    if ties:                                  # equal maxima: argmax must take the lowest index
        online = np.round(online).astype(np.float32)
        online[:, 1] = online.max(axis=1)
        online[:, 0] = online[:, 1]
    return {"name": name, "large": large, "args": {
        "q_values": q,
        "actions": rng.integers(0, a, size=b).astype(np.int64),
        "rewards": (rng.standard_normal(b) * scale).astype(np.float32),
        "dones": rng.random(b) < done_rate,
        "next_q_target": nxt,
        "gamma": float(gamma),
        "next_q_online": online if double else None,
    }}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "dqn-basic", 6, 3, 0.99),
        _case(rng, "single-action", 5, 1, 0.9),
        _case(rng, "all-terminal", 4, 4, 0.99, done_rate=1.0),
        _case(rng, "no-terminal", 4, 4, 0.99, done_rate=0.0),
        _case(rng, "gamma-zero", 5, 3, 0.0),
        _case(rng, "big-errors-huber-linear-part", 8, 4, 0.99, scale=10.0),
        _case(rng, "double-dqn", 8, 5, 0.95, double=True),
        _case(rng, "double-dqn-argmax-ties", 8, 4, 0.95, double=True, ties=True),
        _case(rng, "double-dqn-terminal-mix", 32, 6, 0.99, done_rate=0.5, double=True, scale=3.0),
        _case(rng, "large", 4096, 18, 0.99, double=True, scale=5.0, large=True),
    ]


def call(solution, args: dict):
    import torch
    q = torch.tensor(args["q_values"], requires_grad=True)
    # the target network's output pretends to need a gradient: a correct loss must not send any to it
    nxt = torch.tensor(args["next_q_target"], requires_grad=True)
    online = None if args["next_q_online"] is None else torch.tensor(args["next_q_online"], requires_grad=True)
    loss, targets = solution.dqn_loss(q, torch.tensor(args["actions"]), torch.tensor(args["rewards"]),
                                      torch.tensor(args["dones"]), nxt, args["gamma"], online)
    loss.backward()
    q_grad = q.grad if q.grad is not None else torch.zeros_like(q)
    return {
        "loss": float(loss.detach()),
        "targets": torch.as_tensor(targets).detach().numpy(),
        "targets_need_grad": bool(torch.as_tensor(targets).requires_grad),
        "q_grad": q_grad.numpy(),
        "target_net_grad_is_none": nxt.grad is None and (online is None or online.grad is None),
    }
