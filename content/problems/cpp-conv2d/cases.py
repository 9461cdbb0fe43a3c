import numpy as np


def _case(name, x, weight, stride, padding, large=False):
    x = np.asarray(x, dtype=np.float32)
    weight = np.asarray(weight, dtype=np.float32)
    return {
        "name": name,
        "args": {"x": x, "weight": weight, "stride": int(stride), "padding": int(padding)},
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    def r(*shape):
        return rng.normal(size=shape)

    return [
        _case("example", np.arange(16.0).reshape(1, 4, 4), [[[[1.0, 0.0], [0.0, -1.0]]]], 2, 0),
        _case("one-by-one-kernel", r(3, 5, 4), r(4, 3, 1, 1), 1, 0),
        _case("kernel-covers-input", r(2, 3, 3), r(5, 2, 3, 3), 1, 0),
        _case("same-padding", r(4, 7, 9), r(3, 4, 3, 3), 1, 1),
        _case("stride-2", r(2, 8, 7), r(3, 2, 3, 3), 2, 1),
        _case("stride-3-padding-2", r(1, 10, 11), r(2, 1, 4, 4), 3, 2),
        _case("even-kernel", r(3, 6, 8), r(2, 3, 2, 2), 1, 0),
        _case("single-pixel-padded", r(2, 1, 1), r(3, 2, 3, 3), 1, 1),
        _case("padding-wider-than-kernel", r(1, 3, 4), r(2, 1, 2, 2), 1, 3),
        _case("large-values", r(2, 5, 5) * 1e3, r(2, 2, 3, 3) * 1e2, 2, 1),
        _case("random-mid", r(8, 20, 17), r(6, 8, 5, 5), 2, 2),
        _case("large", r(16, 64, 64), r(32, 16, 3, 3), 1, 1, large=True),
    ]


def cpp_args(args: dict) -> list:
    c_in, h, w = args["x"].shape
    c_out, _, k, _ = args["weight"].shape
    return [args["x"], c_in, h, w, args["weight"], c_out, k, args["stride"], args["padding"]]


def cpp_output(out, args: dict):
    _, h, w = args["x"].shape
    c_out, _, k, _ = args["weight"].shape
    stride, padding = args["stride"], args["padding"]
    return out.reshape(c_out, (h + 2 * padding - k) // stride + 1, (w + 2 * padding - k) // stride + 1)
