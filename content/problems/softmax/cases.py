import numpy as np


def _case(name, x, axis=None, large=False):
    args = {"x": np.asarray(x)}
    if axis is not None:  # otherwise the submission's default axis is used
        args["axis"] = axis
    return {"name": name, "args": args, "large": large}


def generate(rng: np.random.Generator) -> list[dict]:
    normal = rng.standard_normal
    return [
        _case("example-1d", np.array([1.0, 2.0, 3.0])),
        _case("single-element", np.array([4.2])),
        _case("2d-default-axis", normal((4, 7))),
        _case("2d-axis-1", normal((5, 3)), axis=1),
        _case("2d-axis-0", normal((6, 4)), axis=0),
        _case("3d-axis-1", normal((2, 5, 3)), axis=1),
        _case("3d-axis-minus-3", normal((4, 2, 3)), axis=-3),
        _case("4d-axis-minus-2", normal((2, 3, 4, 5)), axis=-2),
        _case("axis-length-1", normal((6, 1)), axis=1),
        _case("constant-rows", np.full((3, 5), 7.5)),
        _case("huge-positive", np.array([[1e4, 1e4 + 1.0, 1e4 - 2.0], [1000.0, 999.0, 998.0]])),
        _case("huge-negative", np.array([[-1e4, -1e4 + 1.0, -1e4 - 3.0]])),
        _case("huge-mixed", normal((8, 16)) * 3e3),
        _case("one-dominant", np.array([[0.0, 800.0, -800.0, 1.0]]), axis=-1),
        _case("float32", normal((5, 9)).astype(np.float32)),
        _case("float32-huge", (normal((4, 6)) * 200 + 5e3).astype(np.float32), axis=0),
        _case("no-rows", np.zeros((0, 4))),
        _case("random-wide", normal((3, 257)) * 5, axis=-1),
        _case("random-tall", normal((300, 4)) * 5, axis=0),
        _case("large", normal((1000, 1000)) * 10, axis=-1, large=True),
    ]


def _rows(args: dict) -> np.ndarray:
    return np.moveaxis(args["x"], args.get("axis", -1), -1)


def cpp_args(args: dict) -> list:
    rows = _rows(args)
    cols = rows.shape[-1]
    return [rows.reshape(-1, cols), rows.size // cols if cols else 0, cols]


def cpp_output(out, args: dict):
    return np.moveaxis(out.reshape(_rows(args).shape), -1, args.get("axis", -1))
