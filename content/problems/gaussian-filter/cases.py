import numpy as np


def _case(name, img, k, sigma, large=False):
    return {
        "name": name,
        "args": {"img": np.asarray(img, dtype=np.float64), "k": int(k), "sigma": float(sigma)},
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    impulse = np.zeros((3, 3))
    impulse[1, 1] = 9.0
    cases = [
        _case("example_impulse", impulse, 3, 1.0),
        _case("constant_image", np.full((4, 5), 2.0), 5, 3.0),
        _case("k_one_identity", rng.normal(size=(4, 6)), 1, 0.8),
        _case("corner_impulse", np.pad([[5.0]], ((0, 6), (0, 6))), 5, 1.2),
        _case("ramp", np.add.outer(np.arange(6.0), 2 * np.arange(8.0)), 3, 0.7),
        _case("tiny_sigma", rng.normal(size=(5, 5)), 3, 1e-3),
        _case("big_sigma_box_like", rng.normal(size=(6, 7)), 5, 100.0),
        _case("kernel_as_big_as_allowed", rng.normal(size=(4, 9)), 7, 1.5),
        _case("single_row_k1", rng.normal(size=(1, 6)), 1, 1.0),
        _case("random_16x20", rng.uniform(0, 255, size=(16, 20)), 7, 2.0),
        _case("large_values", rng.normal(size=(10, 10)) * 1e12, 3, 0.9),
        _case("large", rng.uniform(0, 255, size=(1024, 1024)), 7, 1.5, large=True),
    ]
    return cases
