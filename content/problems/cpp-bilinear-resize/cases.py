import numpy as np


def _case(name, img, out_h, out_w, large=False):
    img = np.asarray(img, dtype=np.float32)
    if img.ndim == 2:
        img = img[:, :, None]
    return {"name": name, "args": {"img": img, "out_h": int(out_h), "out_w": int(out_w)}, "large": large}


def generate(rng: np.random.Generator) -> list[dict]:
    def r(*shape):
        return rng.normal(size=shape) * 10

    ex = [[0.0, 10.0], [20.0, 30.0]]
    return [
        _case("example-upscale-2x", ex, 4, 4),
        _case("example-to-one-pixel", ex, 1, 1),
        _case("same-size", r(5, 6, 3), 5, 6),
        _case("downscale-2x", r(8, 8, 2), 4, 4),
        _case("downscale-non-integer", r(7, 11, 1), 3, 4),
        _case("upscale-non-integer", r(3, 5, 3), 7, 8),
        _case("anisotropic", r(6, 4, 2), 2, 9),
        _case("single-row-input", r(1, 5, 3), 3, 10),
        _case("single-pixel-input", [[[1.0, 2.0, 3.0]]], 3, 2),
        _case("to-single-column", r(4, 6, 1), 4, 1),
        _case("four-channels", r(9, 7, 4), 13, 5),
        _case("random-photo", rng.uniform(0, 255, size=(40, 60, 3)), 25, 91),
        _case("large", rng.uniform(0, 255, size=(512, 512, 3)), 800, 600, large=True),
    ]


def cpp_args(args: dict) -> list:
    h, w, c = args["img"].shape
    return [args["img"], h, w, c, args["out_h"], args["out_w"]]


def cpp_output(out, args: dict):
    return out.reshape(args["out_h"], args["out_w"], args["img"].shape[2])
