import numpy as np

_CONVS = (("conv1", "bn1", 3, 16), ("conv2", "bn2", 16, 32), ("conv3", "bn3", 32, 64))


def _state(rng, num_classes):
    f = lambda *s: rng.standard_normal(s).astype(np.float32)
    state = {}
    for conv, bn, cin, cout in _CONVS:
        state[f"{conv}.weight"] = f(cout, cin, 3, 3) / np.float32(np.sqrt(cin * 9))
        state[f"{bn}.weight"] = 1 + 0.2 * f(cout)
        state[f"{bn}.bias"] = 0.2 * f(cout)
        state[f"{bn}.running_mean"] = 0.3 * f(cout)
        state[f"{bn}.running_var"] = np.exp(0.4 * f(cout)).astype(np.float32)
    state["fc.weight"] = f(num_classes, 64) / np.float32(8.0)
    state["fc.bias"] = 0.1 * f(num_classes)
    return state


def _case(rng, name, b, h, w, num_classes, large=False):
    return {"name": name, "large": large, "args": {
        "num_classes": num_classes,
        "x": rng.standard_normal((b, 3, h, w)).astype(np.float32),
        "state": _state(rng, num_classes)}}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "cifar-size", 4, 32, 32, 10),
        _case(rng, "single-image", 1, 16, 16, 5),
        _case(rng, "non-square", 2, 24, 40, 3),
        _case(rng, "smallest-input-4x4", 3, 4, 4, 2),
        _case(rng, "many-classes", 2, 12, 8, 100),
        _case(rng, "large", 128, 32, 32, 10, large=True),
    ]


def _load(module, tensors):
    import torch
    named = dict(module.named_parameters())
    named.update(dict(module.named_buffers()))
    with torch.no_grad():
        for key, arr in tensors.items():
            if key not in named:
                raise AttributeError(f"模型里找不到参数或缓冲区 {key}")
            src = torch.as_tensor(np.asarray(arr))
            if tuple(named[key].shape) != tuple(src.shape):
                raise ValueError(f"{key} 的形状应为 {tuple(src.shape)}，实际是 {tuple(named[key].shape)}")
            named[key].copy_(src)


def call(solution, args: dict):
    import torch
    torch.manual_seed(0)
    model = solution.SimpleCNN(args["num_classes"])
    keys = sorted(k for k in model.state_dict() if not k.endswith("num_batches_tracked"))
    _load(model, args["state"])
    model.eval()
    with torch.no_grad():
        out = model(torch.tensor(args["x"], dtype=torch.float32))
    return {"state_keys": keys, "logits": out.detach().numpy()}
