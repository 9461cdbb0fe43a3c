import numpy as np


def _case(rng, name, n, rows, steps, lr, momentum=0.0, weight_decay=0.0, nesterov=False, large=False):
    q, _ = np.linalg.qr(rng.standard_normal((n, n)))
    eig = rng.uniform(0.2, 2.0, size=n)
    A = (q * eig) @ q.T                                      # symmetric positive definite
    f = lambda *s: rng.standard_normal(s).astype(np.float32)
    return {"name": name, "large": large, "args": {
        "lr": lr, "momentum": momentum, "weight_decay": weight_decay, "nesterov": nesterov,
        "steps": steps,
        "A": A.astype(np.float32), "c": f(n), "T": f(rows, n),
        "w0": f(n), "M0": f(rows, n), "unused0": f(3),
    }}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "plain-sgd", 4, 2, 5, 0.1),
        _case(rng, "momentum", 5, 3, 6, 0.05, momentum=0.9),
        _case(rng, "weight-decay-only", 4, 2, 5, 0.1, weight_decay=0.1),
        _case(rng, "nesterov", 6, 2, 6, 0.05, momentum=0.8, nesterov=True),
        _case(rng, "momentum-and-weight-decay", 3, 4, 7, 0.05, momentum=0.9, weight_decay=0.01),
        _case(rng, "everything", 5, 3, 8, 0.03, momentum=0.95, weight_decay=0.05, nesterov=True),
        _case(rng, "single-step", 3, 1, 1, 0.2, momentum=0.9, weight_decay=0.1),
        _case(rng, "large", 512, 256, 20, 0.02, momentum=0.9, weight_decay=1e-3, nesterov=True, large=True),
    ]


def _loss(w, M, A, c, T):
    d = w - c
    coupling = (M.sum(dim=0) * w).sum()
    return 0.5 * (d @ (A @ d)) + 0.5 * ((M - T) ** 2).sum() + 0.05 * coupling


def call(solution, args: dict):
    import torch
    leaf = lambda key: torch.tensor(args[key], dtype=torch.float32, requires_grad=True)
    w, M, unused = leaf("w0"), leaf("M0"), leaf("unused0")
    A, c, T = (torch.tensor(args[k], dtype=torch.float32) for k in ("A", "c", "T"))
    opt = solution.SGD((p for p in (w, unused, M)), lr=args["lr"], momentum=args["momentum"],
                       weight_decay=args["weight_decay"], nesterov=args["nesterov"])
    ws, Ms = [], []
    for _ in range(args["steps"]):
        opt.zero_grad()
        _loss(w, M, A, c, T).backward()
        opt.step()
        ws.append(w.detach().clone().numpy())
        Ms.append(M.detach().clone().numpy())
    return {"w": np.stack(ws), "M": np.stack(Ms), "unused": unused.detach().numpy()}
