import numpy as np


def _case(name, img, out_h, out_w, large=False):
    return {
        "name": name,
        "args": {"img": np.asarray(img, dtype=np.float64), "out_h": int(out_h), "out_w": int(out_w)},
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    ex = np.array([[0.0, 10.0], [20.0, 30.0]])[:, :, None]
    cases = [
        _case("example_upscale_2x", ex, 4, 4),
        _case("example_to_one_pixel", ex, 1, 1),
        _case("identity_size", rng.normal(size=(5, 6, 3)), 5, 6),
        _case("downscale_2x", rng.normal(size=(8, 8, 2)), 4, 4),
        _case("downscale_non_integer", rng.normal(size=(7, 11, 1)), 3, 4),
        _case("upscale_non_integer", rng.normal(size=(3, 5, 3)), 7, 8),
        _case("anisotropic", rng.normal(size=(6, 4, 2)), 2, 9),
        _case("single_row_input", rng.normal(size=(1, 5, 3)), 3, 10),
        _case("single_pixel_input", [[[1.0, 2.0, 3.0]]], 3, 2),
        _case("to_single_column", rng.normal(size=(4, 6, 1)), 4, 1),
    ]
    img = rng.uniform(0, 255, size=(512, 512, 3))
    cases.append(_case("large", img, 800, 600, large=True))
    return cases
