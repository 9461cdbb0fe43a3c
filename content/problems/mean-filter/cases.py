import numpy as np


def _case(name, img, k, large=False):
    return {"name": name, "args": {"img": np.asarray(img, dtype=np.float64), "k": int(k)}, "large": large}


def generate(rng: np.random.Generator) -> list[dict]:
    ex = np.arange(16, dtype=np.float64).reshape(4, 4)
    cases = [
        _case("example", ex, 2),
        _case("k_one_identity", rng.normal(size=(3, 5)), 1),
        _case("k_equals_size", rng.normal(size=(4, 4)), 4),
        _case("k_too_big", ex, 5),
        _case("k_taller_than_image", rng.normal(size=(2, 6)), 3),
        _case("single_row", rng.normal(size=(1, 7)), 1),
        _case("rectangular", rng.normal(size=(6, 9)), 3),
        _case("constant", np.full((5, 6), -3.25), 4),
        _case("large_offset_values", rng.normal(size=(64, 64)) + 1e6, 5),
        _case("random_uint8_like", rng.integers(0, 256, size=(40, 30)), 7),
        _case("large", rng.uniform(0, 255, size=(2048, 2048)), 15, large=True),
    ]
    return cases
