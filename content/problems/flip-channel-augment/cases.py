import numpy as np


def _case(rng, name, shape, order, flip, p_flip=0.5, dtype="uint8", large=False):
    if dtype == "uint8":
        img = rng.integers(0, 256, size=shape, dtype=np.uint8)
    else:
        img = rng.standard_normal(shape).astype(np.float32)
    return {"name": name, "large": large, "args": {
        "p_flip": p_flip, "channel_order": list(order), "img": img, "flip": flip}}


def generate(rng: np.random.Generator) -> list[dict]:
    example = np.arange(1, 7, dtype=np.uint8).reshape(3, 1, 2)
    return [
        {"name": "statement-example", "large": False, "args": {
            "p_flip": 0.5, "channel_order": [2, 1, 0], "img": example, "flip": True}},
        _case(rng, "rgb-to-bgr-no-flip", (3, 4, 5), [2, 1, 0], False),
        _case(rng, "flip-identity-order", (3, 4, 5), [0, 1, 2], True),
        _case(rng, "flip-and-permute-float", (3, 6, 7), [1, 2, 0], True, dtype="float32"),
        _case(rng, "single-channel", (1, 5, 4), [0], True),
        _case(rng, "four-channels", (4, 3, 6), [3, 0, 2, 1], True),
        _case(rng, "height-1", (3, 1, 8), [2, 0, 1], True),
        _case(rng, "width-1", (3, 8, 1), [1, 0, 2], True),
        _case(rng, "random-p-1-always-flips", (3, 5, 6), [2, 1, 0], None, p_flip=1.0),
        _case(rng, "random-p-0-never-flips", (3, 5, 6), [2, 1, 0], None, p_flip=0.0, dtype="float32"),
        _case(rng, "large", (3, 1024, 1024), [2, 1, 0], True, large=True),
    ]


def call(solution, args: dict):
    import torch
    torch.manual_seed(0)
    img = torch.from_numpy(np.array(args["img"], copy=True))
    before = img.clone()
    aug = solution.RandomFlipChannel(args["p_flip"], args["channel_order"])
    out = aug(img) if args["flip"] is None else aug(img, args["flip"])
    out = torch.as_tensor(out)
    return {"out": out.detach().contiguous().numpy(), "input_unchanged": bool(torch.equal(img, before))}
