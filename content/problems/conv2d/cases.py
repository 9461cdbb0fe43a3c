import numpy as np


def _case(name, x, w, b, stride, padding, large=False):
    return {
        "name": name,
        "args": {
            "x": np.asarray(x, dtype=np.float64),
            "weight": np.asarray(w, dtype=np.float64),
            "bias": None if b is None else np.asarray(b, dtype=np.float64),
            "stride": int(stride),
            "padding": int(padding),
        },
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    def r(*shape):
        return rng.normal(size=shape)

    cases = [
        _case("example", np.arange(16.0).reshape(1, 1, 4, 4),
              [[[[1.0, 0.0], [0.0, -1.0]]]], [0.5], 2, 0),
        _case("one_by_one_kernel", r(2, 3, 5, 4), r(4, 3, 1, 1), r(4), 1, 0),
        _case("kernel_covers_input", r(2, 2, 3, 3), r(5, 2, 3, 3), r(5), 1, 0),
        _case("no_bias", r(1, 3, 6, 6), r(2, 3, 3, 3), None, 1, 1),
        _case("same_padding", r(2, 4, 7, 9), r(3, 4, 3, 3), r(3), 1, 1),
        _case("stride2_uneven", r(1, 2, 8, 7), r(3, 2, 3, 3), r(3), 2, 1),
        _case("stride3_pad2", r(2, 1, 10, 11), r(2, 1, 4, 4), r(2), 3, 2),
        _case("rect_kernel", r(1, 3, 6, 8), r(2, 3, 2, 5), r(2), 1, 0),
        _case("single_pixel_input_padded", r(1, 2, 1, 1), r(3, 2, 3, 3), r(3), 1, 1),
        _case("large_values", r(1, 2, 5, 5) * 1e6, r(2, 2, 3, 3) * 1e3, r(2), 2, 1),
        _case("large", r(8, 16, 64, 64), r(32, 16, 3, 3), r(32), 1, 1, large=True),
    ]
    return cases
