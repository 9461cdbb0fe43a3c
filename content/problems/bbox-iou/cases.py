import numpy as np


def _case(name, a, b, large=False):
    a = np.asarray(a, dtype=np.float64).reshape(-1, 4)
    b = np.asarray(b, dtype=np.float64).reshape(-1, 4)
    return {"name": name, "args": {"boxes_a": a, "boxes_b": b}, "large": large}


def _random(rng, n, extent=100.0, size=(1.0, 30.0)):
    corner = rng.uniform(0, extent, size=(n, 2))
    wh = rng.uniform(*size, size=(n, 2))
    return np.concatenate([corner, corner + wh], axis=1)


def generate(rng: np.random.Generator) -> list[dict]:
    unit = [[0, 0, 2, 2]]
    cases = [
        _case("example", unit, [[1, 1, 3, 3], [0, 0, 2, 2], [5, 5, 6, 6]]),
        _case("empty-a", np.zeros((0, 4)), _random(rng, 3)),
        _case("empty-b", _random(rng, 4), np.zeros((0, 4))),
        _case("both-empty", np.zeros((0, 4)), np.zeros((0, 4))),
        _case("identical", [[1.5, 2.5, 7.0, 9.0]], [[1.5, 2.5, 7.0, 9.0]]),
        _case("contained", [[0, 0, 10, 10]], [[2, 2, 4, 4], [0, 0, 10, 5]]),
        _case("touching-edge-and-corner", unit, [[2, 0, 4, 2], [2, 2, 3, 3], [0, 2, 2, 4]]),
        _case("apart-in-x-and-y", unit, [[3, 3, 5, 5], [-4, -4, -1, -1], [5, -3, 6, -1]]),
        _case("apart-in-one-axis", unit, [[3, 0, 5, 2], [0.5, 3, 1.5, 4]]),
        _case(
            "zero-area-boxes",
            [[1, 1, 1, 1], [0, 1, 3, 1], [0, 0, 2, 2]],
            [[1, 1, 1, 1], [1, 0, 1, 3], [0, 1, 3, 1], [0, 0, 2, 2]],
        ),
        _case("huge-coordinates", _random(rng, 6, extent=1e6, size=(1e3, 1e5)), _random(rng, 5, extent=1e6, size=(1e3, 1e5))),
        _case("tiny-coordinates", _random(rng, 5, extent=1e-3, size=(1e-5, 1e-3)), _random(rng, 7, extent=1e-3, size=(1e-5, 1e-3))),
    ]
    for n, m in [(1, 5), (7, 3), (20, 20), (64, 33), (150, 90)]:
        cases.append(_case(f"random-{n}x{m}", _random(rng, n), _random(rng, m)))
    cases.append(_case("large", _random(rng, 1000, extent=500.0), _random(rng, 1000, extent=500.0), large=True))
    return cases


def cpp_output(out, args: dict):
    return out.reshape(len(args["boxes_a"]), len(args["boxes_b"]))
