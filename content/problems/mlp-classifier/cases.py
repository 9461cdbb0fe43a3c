import numpy as np


def _logits64(x, w):
    h = np.maximum(x.astype(np.float64) @ w["fc1.weight"].T.astype(np.float64) + w["fc1.bias"], 0)
    return h @ w["fc2.weight"].T.astype(np.float64) + w["fc2.bias"]


def _case(rng, name, n, in_dim, hidden, classes, scale=1.0, large=False):
    f = lambda *s: rng.standard_normal(s).astype(np.float32)
    weights = {
        "fc1.weight": f(hidden, in_dim) / np.float32(np.sqrt(in_dim)), "fc1.bias": 0.1 * f(hidden),
        "fc2.weight": f(classes, hidden) / np.float32(np.sqrt(hidden)), "fc2.bias": 0.1 * f(classes),
    }
    x = f(n, in_dim) * np.float32(scale)
    if classes > 1:
        # redraw rows whose two largest logits nearly tie, so argmax is unambiguous in float32
        for _ in range(50):
            top2 = np.sort(_logits64(x, weights), axis=1)[:, -2:]
            close = top2[:, 1] - top2[:, 0] < 1e-3 * np.maximum(1.0, np.abs(top2[:, 1]))
            if not close.any():
                break
            x[close] = f(int(close.sum()), in_dim) * np.float32(scale)
    return {"name": name, "large": large, "args": {
        "in_dim": in_dim, "hidden": hidden, "n_classes": classes,
        "x": x, "y": rng.integers(0, classes, size=n).astype(np.int64), "weights": weights,
    }}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "basic", 16, 8, 12, 4),
        _case(rng, "single-sample", 1, 5, 7, 3),
        _case(rng, "binary", 32, 6, 10, 2),
        _case(rng, "many-classes", 20, 10, 16, 50),
        _case(rng, "large-logits", 12, 8, 16, 5, scale=300.0),
        _case(rng, "large", 4096, 256, 512, 10, large=True),
    ]


def _load(module, tensors):
    import torch
    named = dict(module.named_parameters())
    with torch.no_grad():
        for key, arr in tensors.items():
            if key not in named:
                raise AttributeError(f"模块里找不到参数 {key}")
            src = torch.as_tensor(np.asarray(arr))
            if tuple(named[key].shape) != tuple(src.shape):
                raise ValueError(f"{key} 的形状应为 {tuple(src.shape)}，实际是 {tuple(named[key].shape)}")
            named[key].copy_(src)


def call(solution, args: dict):
    import torch
    torch.manual_seed(0)
    model = solution.TwoLayerMLP(args["in_dim"], args["hidden"], args["n_classes"])
    _load(model, args["weights"])
    x = torch.tensor(args["x"], dtype=torch.float32)
    y = torch.tensor(args["y"], dtype=torch.int64)
    model.train()
    logits = model(x)
    loss, acc = solution.batch_loss_and_accuracy(model, x, y)
    loss = torch.as_tensor(loss)
    loss_has_grad = bool(loss.requires_grad)
    labels, probs = solution.predict(model, x)
    probs = torch.as_tensor(probs)
    return {
        "logits": logits.detach().numpy(),
        "loss": loss.detach().numpy(),
        "loss_requires_grad": loss_has_grad,
        "acc": float(acc),
        "labels": torch.as_tensor(labels).detach().numpy().astype(np.int64),
        "probs": probs.detach().numpy(),
        "probs_requires_grad": bool(probs.requires_grad),
    }
