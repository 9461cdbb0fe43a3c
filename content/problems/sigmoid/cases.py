import numpy as np


def generate(rng: np.random.Generator) -> list[dict]:
    cases = []

    def add(name, x, large=False):
        cases.append({"name": name, "args": {"x": np.asarray(x, dtype=np.float64)}, "large": large})

    add("small_values", [0.0, 1.0, -1.0, 2.0, -2.0, 0.5])
    add("scalar_0d", np.float64(0.3))
    add("empty", np.zeros((0,)))
    add("empty_2d", np.zeros((3, 0)))
    add("large_positive", [30.0, 50.0, 100.0, 709.0, 710.0, 1000.0, 1e300])
    add("large_negative", [-30.0, -50.0, -100.0, -709.0, -710.0, -1000.0, -1e300])
    add("infinities", [np.inf, -np.inf, 0.0])
    add("mixed_2d", rng.normal(0.0, 5.0, size=(7, 9)))
    add("wide_range_3d", rng.normal(0.0, 400.0, size=(4, 5, 6)))
    add("tiny", [1e-300, -1e-300, 1e-12, -1e-12])
    add("large_random", rng.normal(0.0, 300.0, size=(2_000, 1_000)), large=True)
    return cases
