import numpy as np


def _case(rng, name, shape, steps, eps=1e-5, momentum=0.1, mean_scale=1.0, std_scale=1.0, large=False):
    c = shape[1]
    mu = rng.standard_normal(c) * mean_scale
    sd = np.exp(rng.standard_normal(c) * 0.5) * std_scale
    batch = lambda: (rng.standard_normal(shape) * sd[None, :, None, None] + mu[None, :, None, None]).astype(np.float32)
    return {"name": name, "large": large, "args": {
        "num_features": c, "eps": eps, "momentum": momentum,
        "weight": (1 + 0.3 * rng.standard_normal(c)).astype(np.float32),
        "bias": (0.3 * rng.standard_normal(c)).astype(np.float32),
        "train_batches": [batch() for _ in range(steps)],
        "eval_batch": batch(),
    }}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "basic", (4, 3, 5, 5), 3),
        _case(rng, "single-step", (2, 2, 3, 3), 1),
        _case(rng, "spatial-1x1", (2, 4, 1, 1), 4),
        _case(rng, "batch-of-one", (1, 3, 4, 6), 3),
        _case(rng, "momentum-0.5", (3, 2, 4, 4), 3, momentum=0.5),
        _case(rng, "momentum-1", (3, 2, 2, 2), 2, momentum=1.0),
        _case(rng, "big-mean-small-var", (4, 3, 6, 6), 3, mean_scale=20.0, std_scale=0.5),
        _case(rng, "big-eps", (4, 3, 3, 3), 2, eps=0.1, std_scale=0.3),
        _case(rng, "large", (16, 64, 32, 32), 3, large=True),
    ]


def call(solution, args: dict):
    import torch
    torch.manual_seed(0)
    model = solution.BatchNorm2d(args["num_features"], args["eps"], args["momentum"])
    params = sorted(name for name, _ in model.named_parameters())
    buffers = {name for name, _ in model.named_buffers()}
    np_ = lambda t: torch.as_tensor(t).detach().clone().numpy()
    result = {
        "param_names": params,
        "running_stats_are_buffers": {"running_mean", "running_var"} <= buffers,
        "init_weight": np_(model.weight), "init_bias": np_(model.bias),
        "init_running_mean": np_(model.running_mean), "init_running_var": np_(model.running_var),
    }
    with torch.no_grad():
        model.weight.copy_(torch.tensor(args["weight"]))
        model.bias.copy_(torch.tensor(args["bias"]))
    model.train()
    result["train_outputs"] = [np_(model(torch.tensor(x))) for x in args["train_batches"]]
    model.eval()
    with torch.no_grad():
        result["eval_output"] = np_(model(torch.tensor(args["eval_batch"])))
    result["running_mean"] = np_(model.running_mean)
    result["running_var"] = np_(model.running_var)
    return result
