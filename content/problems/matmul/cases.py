import numpy as np


def _case(name, a, b, large=False):
    return {
        "name": name,
        "args": {"a": np.asarray(a, dtype=np.float64), "b": np.asarray(b, dtype=np.float64)},
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("row_times_column", [[1.0, 2.0, 3.0]], [[1.0], [0.0], [-1.0]]),
        _case("column_times_row", [[1.0], [2.0]], [[3.0, 4.0, 5.0]]),
        _case("inner_dim_zero", np.ones((2, 0)), np.ones((0, 3))),
        _case("no_rows", np.ones((0, 4)), rng.normal(size=(4, 3))),
        _case("no_cols", rng.normal(size=(3, 4)), np.ones((4, 0))),
        _case("one_by_one", [[2.5]], [[-4.0]]),
        _case("identity", rng.normal(size=(5, 5)), np.eye(5)),
        _case("square_4x4", rng.normal(size=(4, 4)), rng.normal(size=(4, 4))),
        _case("rect_3x5_5x2", rng.normal(size=(3, 5)), rng.normal(size=(5, 2))),
        _case("rect_6x2_2x7", rng.normal(size=(6, 2)), rng.normal(size=(2, 7))),
        _case("integer_valued", rng.integers(-9, 10, size=(7, 8)), rng.integers(-9, 10, size=(8, 3))),
        _case("mixed_magnitudes", rng.normal(size=(4, 6)) * 1e8, rng.normal(size=(6, 5)) * 1e-8),
        _case("medium_64x200x32", rng.normal(size=(64, 200)), rng.normal(size=(200, 32))),
        _case("large_500", rng.normal(size=(500, 500)), rng.normal(size=(500, 500)), large=True),
    ]
    return cases


def cpp_args(args: dict) -> list:
    (n, k), m = args["a"].shape, args["b"].shape[1]
    return [args["a"], args["b"], n, k, m]


def cpp_output(out, args: dict):
    return out.reshape(args["a"].shape[0], args["b"].shape[1])
