import numpy as np

ERROR = "raised ValueError"


def _spec(rows, cols, values, shape):
    return {
        "rows": np.asarray(rows, dtype=np.int64),
        "cols": np.asarray(cols, dtype=np.int64),
        "values": np.asarray(values, dtype=np.float64),
        "shape": [int(shape[0]), int(shape[1])],
    }


def _random_spec(rng, shape, nnz, duplicates=False):
    n, m = shape
    if duplicates:
        r = rng.integers(0, n, size=nnz)
        c = rng.integers(0, m, size=nnz)
    else:
        flat = rng.choice(n * m, size=nnz, replace=False)
        r, c = flat // m, flat % m
    return _spec(r, c, rng.normal(size=nnz), shape)


def _case(name, mats, steps, outputs, large=False):
    return {
        "name": name,
        "args": {"mats": mats, "steps": [list(s) for s in steps], "outputs": list(outputs)},
        "large": large,
    }


def generate(rng: np.random.Generator) -> list[dict]:
    A = _spec([0, 1, 1], [1, 0, 2], [2.0, 3.0, -1.0], (2, 3))
    B = _spec([0, 2, 2], [0, 1, 0], [1.0, 4.0, 5.0], (3, 2))
    A2 = _spec([0, 1], [1, 2], [10.0, 1.0], (2, 3))
    cases = [
        _case("example", {"A": A, "B": B, "A2": A2},
              [("S", "add", "A", "A2"), ("P", "matmul", "A", "B")], ["A", "S", "P"]),
        _case("duplicates_are_summed", {"D": _spec([0, 0, 1, 0], [1, 1, 0, 1], [1.0, 2.0, 5.0, -0.5], (2, 2))},
              [("DD", "matmul", "D", "D")], ["D", "DD"]),
        _case("cancel_to_zero", {"X": _spec([0, 1], [0, 1], [1.5, 2.0], (2, 2)),
                                  "Y": _spec([0, 1], [0, 1], [-1.5, 1.0], (2, 2))},
              [("Z", "add", "X", "Y")], ["Z"]),
        _case("empty_matrix", {"E": _spec([], [], [], (3, 4)), "F": _random_spec(rng, (4, 2), 5)},
              [("EF", "matmul", "E", "F"), ("EE", "add", "E", "E")], ["E", "EF", "EE"]),
        _case("zero_rows_shape", {"N": _spec([], [], [], (0, 3)), "F": _random_spec(rng, (3, 2), 4)},
              [("NF", "matmul", "N", "F")], ["NF"]),
        _case("shape_mismatch_raises", {"A": A, "B": B},
              [("S", "add", "A", "B"), ("P", "matmul", "A", "A")], ["S", "P"]),
        _case("explicit_zeros_and_vector", {"M": _spec([0, 1, 2], [0, 0, 2], [0.0, 7.0, 3.0], (3, 3)),
                                             "v": _spec([0, 1, 2], [0, 0, 0], [1.0, 2.0, 3.0], (3, 1))},
              [("Mv", "matmul", "M", "v")], ["M", "Mv"]),
    ]
    P = _random_spec(rng, (30, 40), 120, duplicates=True)
    Q = _random_spec(rng, (40, 25), 150, duplicates=True)
    R = _random_spec(rng, (30, 25), 60)
    cases.append(_case("random_chain", {"P": P, "Q": Q, "R": R},
                       [("PQ", "matmul", "P", "Q"), ("S", "add", "PQ", "R"), ("T", "add", "S", "S")],
                       ["P", "Q", "R", "PQ", "S", "T"]))
    n = 20_000
    big_a = _random_spec(rng, (n, n), 60_000)
    big_b = _random_spec(rng, (n, n), 60_000)
    vec = _spec(np.repeat(np.arange(n), 3), np.tile(np.arange(3), n), rng.normal(size=3 * n), (n, 3))
    cases.append(_case("large_20000x20000", {"A": big_a, "B": big_b, "V": vec},
                       [("AB", "matmul", "A", "B"), ("S", "add", "AB", "A"), ("SV", "matmul", "S", "V")],
                       ["SV"], large=True))
    return cases


def call(solution, args: dict):
    cls = solution.SparseMatrix
    env = {}
    for name, spec in args["mats"].items():
        env[name] = cls(spec["rows"], spec["cols"], spec["values"], tuple(spec["shape"]))
    for dst, op, lhs, rhs in args["steps"]:
        try:
            res = getattr(env[lhs], op)(env[rhs])
        except ValueError:
            env[dst] = ERROR
            continue
        if not isinstance(res, cls):
            raise TypeError(f"{op}() must return a SparseMatrix, got {type(res).__name__}")
        env[dst] = res
    out = {}
    for name in args["outputs"]:
        val = env[name]
        out[name] = val if isinstance(val, str) else np.asarray(val.to_dense())
    return out


def check(expected, got, args: dict):
    if not isinstance(got, dict) or set(got) != set(expected):
        return "internal: driver output has unexpected keys"
    steps = {dst: f"{lhs}.{op}({rhs})" for dst, op, lhs, rhs in args["steps"]}
    for name, exp in expected.items():
        what = steps.get(name, f"input matrix {name} (to_dense() checked after all operations)")
        g = got[name]
        if isinstance(exp, str):
            if not (isinstance(g, str) and g == exp):
                return f"{what}: expected ValueError (incompatible shapes), but a result was returned"
            continue
        if isinstance(g, str):
            return f"{what}: raised ValueError, but the shapes are compatible"
        if g.shape != exp.shape:
            return f"{what}: to_dense() shape {g.shape}, expected {exp.shape}"
        if g.dtype.kind != "f":
            return f"{what}: to_dense() must be float, got dtype {g.dtype}"
        if not np.allclose(g, exp, rtol=1e-7, atol=1e-9):
            r, c = np.argwhere(~np.isclose(g, exp, rtol=1e-7, atol=1e-9))[0]
            return f"{what}: entry ({r}, {c}) is {float(g[r, c])!r}, expected {float(exp[r, c])!r}"
    return None
