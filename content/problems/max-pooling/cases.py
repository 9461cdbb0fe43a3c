import numpy as np


def _case(name, x, k, s, p, large=False):
    return {
        "name": name,
        "args": {
            "x": np.asarray(x, dtype=np.float64),
            "kernel_size": int(k),
            "stride": None if s is None else int(s),
            "padding": int(p),
        },
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    ex = [[[[1., 2., 3., 4.], [5., 6., 7., 8.], [-1., -2., -3., -4.], [-5., -6., -7., -8.]]]]
    cases = [
        _case("example_default_stride", ex, 2, None, 0),
        _case("example_pad", ex, 3, 1, 1),
        _case("kernel_one", rng.normal(size=(2, 3, 4, 5)), 1, 1, 0),
        _case("all_negative_padded", -np.abs(rng.normal(size=(2, 2, 5, 5))) - 1.0, 3, 2, 1),
        _case("uneven_stride", rng.normal(size=(1, 3, 9, 7)), 3, 2, 0),
        _case("overlapping", rng.normal(size=(2, 2, 6, 6)), 3, 1, 0),
        _case("stride_bigger_than_kernel", rng.normal(size=(1, 2, 10, 10)), 2, 3, 1),
        _case("ties_integers", rng.integers(-2, 3, size=(2, 2, 6, 8)), 2, 2, 1),
        _case("window_equals_input", rng.normal(size=(3, 1, 4, 4)), 4, None, 0),
        _case("single_pixel_padded", [[[[-3.5]]]], 3, 1, 1),
        _case("huge_values", rng.normal(size=(1, 2, 6, 6)) * 1e300, 2, 2, 1),
        _case("large", rng.normal(size=(8, 32, 128, 128)), 3, 2, 1, large=True),
    ]
    return cases
