import numpy as np

ERROR = "raised ValueError"


def _case(name, labels, num_classes, large=False):
    return {
        "name": name,
        "args": {"labels": np.asarray(labels, dtype=np.int64), "num_classes": int(num_classes)},
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example", [0, 2, 1], 3),
        _case("column_vector", [[1], [0]], 2),
        _case("single_class", [0, 0, 0], 1),
        _case("unused_classes", [1, 1], 5),
        _case("empty", np.zeros(0), 4),
        _case("empty_zero_classes", np.zeros((2, 0)), 0),
        _case("scalar_label", np.int64(3), 4),
        _case("batch_2d", rng.integers(0, 6, size=(4, 5)), 6),
        _case("negative_label_raises", [0, -1, 2], 3),
        _case("too_large_label_raises", [0, 3], 3),
        _case("zero_classes_raises", [0], 0),
        _case("large", rng.integers(0, 8, size=1_000_000), 8, large=True),
    ]
    return cases


def call(solution, args: dict):
    try:
        return solution.one_hot(**args)
    except ValueError:
        return ERROR


def check(expected, got, args: dict):
    if isinstance(expected, str):
        if isinstance(got, str) and got == expected:
            return None
        return f"expected ValueError for labels outside [0, {args['num_classes']}), but the function returned a result"
    if isinstance(got, str):
        return "raised ValueError although every label is in range"
    g = np.asarray(got)
    if g.shape != expected.shape:
        return f"shape {g.shape}, expected {expected.shape}"
    if g.dtype != np.float32:
        return f"dtype {g.dtype}, expected float32"
    if not np.array_equal(g, expected):
        return "values differ from the one-hot encoding"
    return None
