import numpy as np


def _case(name, img, xs, ys, large=False):
    return {
        "name": name,
        "args": {
            "img": np.asarray(img, dtype=np.float64),
            "xs": np.asarray(xs, dtype=np.float64),
            "ys": np.asarray(ys, dtype=np.float64),
        },
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    ex = [[0.0, 10.0, 20.0], [30.0, 40.0, 50.0]]
    img = rng.normal(size=(5, 7))
    cases = [
        _case("example", ex, [0.5, 2.0, 5.0, -1.0], [0.5, 1.0, 0.25, -3.0]),
        _case("integer_coords_hit_pixels", img, [0, 6, 3, 6, 0], [0, 4, 2, 0, 4]),
        _case("last_pixel_exactly", img, [6.0, 6.0, 5.5], [4.0, 3.5, 4.0]),
        _case("far_outside_clamped", img, [-100.0, 1e9, 3.3, 3.3], [2.2, 2.2, -1e9, 77.0]),
        _case("empty_coords", img, np.zeros(0), np.zeros(0)),
        _case("coords_2d_shape", img, rng.uniform(-1, 7, size=(3, 4)), rng.uniform(-1, 5, size=(3, 4))),
        _case("single_row_image", [[1.0, 3.0, 7.0]], [0.5, 1.25, 2.0], [0.0, 0.7, -2.0]),
        _case("single_column_image", [[1.0], [3.0], [7.0]], [0.3, -1.0, 4.0], [0.5, 1.75, 2.0]),
        _case("one_pixel_image", [[4.5]], [0.3, -1.0, 2.0], [0.5, 9.0, 0.0]),
    ]
    img = rng.normal(size=(20, 30))
    cases.append(_case("random_inside", img, rng.uniform(0, 29, size=500), rng.uniform(0, 19, size=500)))
    img = rng.uniform(0, 255, size=(512, 512))
    n = 1_000_000
    cases.append(_case("large", img, rng.uniform(-5, 516, size=n), rng.uniform(-5, 516, size=n), large=True))
    return cases
