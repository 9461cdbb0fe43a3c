import numpy as np

_IMAGENET = ([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])


def _case(rng, name, shape, mean, std, img=None, large=False):
    if img is None:
        img = rng.integers(0, 256, size=shape, dtype=np.uint8)
    return {"name": name, "large": large,
            "args": {"img": np.asarray(img, dtype=np.uint8), "mean": list(mean), "std": list(std)}}


def generate(rng: np.random.Generator) -> list[dict]:
    half = ([0.5, 0.5, 0.5], [0.5, 0.5, 0.5])
    extremes = np.zeros((4, 4, 3), dtype=np.uint8)
    extremes[:2] = 255
    return [
        _case(rng, "statement-example", None, *half, img=[[[255, 0, 51]]]),
        _case(rng, "imagenet-small", (4, 5, 3), *_IMAGENET),
        _case(rng, "grayscale", (6, 7, 1), [0.45], [0.27]),
        _case(rng, "rgba", (3, 5, 4), [0.5, 0.4, 0.3, 0.2], [0.2, 0.3, 0.4, 0.5]),
        _case(rng, "height-1", (1, 9, 3), *_IMAGENET),
        _case(rng, "width-1", (8, 1, 3), *_IMAGENET),
        _case(rng, "all-0-and-255", None, *_IMAGENET, img=extremes),
        _case(rng, "non-square", (16, 9, 3), [0.1, 0.2, 0.3], [1.0, 2.0, 0.5]),
        _case(rng, "large", (1080, 1920, 3), *_IMAGENET, large=True),
    ]


def call(solution, args: dict):
    import torch
    img = torch.from_numpy(np.array(args["img"], dtype=np.uint8, copy=True))
    before = img.clone()
    out = torch.as_tensor(solution.normalize(img, args["mean"], args["std"]))
    if not torch.equal(img, before):
        raise ValueError("输入图像被原地修改了")
    return out.detach().contiguous().numpy()
