"""Deciding whether an output is right, outside the sandbox, on decoded plain values.

The default checker wants exact equality for ints, bools and strings, and shape,
dtype kind and np.isclose(rtol, atol) for floats. A problem's cases.py may define
`check(expected, got, args)` instead (trusted content, loaded in this process).
"""

import ast
import functools
import importlib.util
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from mianshi.judge.problem import Problem, Tolerance

Checker = Callable[[Any, Any, dict], str | None]
KIND_GROUPS = {"b": "bool", "i": "int", "u": "int", "f": "float", "c": "complex", "U": "str", "S": "bytes"}


def _kind(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape} ({value.dtype})"
    return f"a {type(value).__name__}" if value is not None else "None"


def _scalar(value: Any) -> Any:
    return value.item() if isinstance(value, np.ndarray) and value.ndim == 0 else value


def _is_real(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _first(mask: np.ndarray) -> tuple[int, ...]:
    return tuple(int(i) for i in np.argwhere(mask)[0])


def _compare_arrays(expected: np.ndarray, got: Any, tol: Tolerance, path: str) -> str | None:
    if not isinstance(got, np.ndarray):
        if expected.ndim == 0 and _is_real(got):
            got = np.asarray(got)
        else:
            return f"{path}: expected an array of shape {expected.shape} ({expected.dtype}), got {_kind(got)}"
    if got.shape != expected.shape:
        return f"{path}: expected shape {expected.shape}, got {got.shape}"
    want, have = KIND_GROUPS[expected.dtype.kind], KIND_GROUPS.get(got.dtype.kind, str(got.dtype))
    if want != have:
        return f"{path}: expected {want} values ({expected.dtype}), got {got.dtype}"
    if want in ("float", "complex"):
        if np.array_equal(got, expected):  # the common case, and much cheaper than isclose
            return None
        bad = ~np.isclose(got, expected, rtol=tol.rtol, atol=tol.atol, equal_nan=True)
        rule = f" beyond rtol={tol.rtol:g}, atol={tol.atol:g}"
    else:
        bad = got != expected
        rule = ""
    if not bad.any():
        return None
    at = _first(bad)
    return (
        f"{path}: {int(bad.sum())} of {expected.size} values differ{rule}; "
        f"first at index {at}: expected {expected[at].item()!r}, got {got[at].item()!r}"
    )


def compare(expected: Any, got: Any, tol: Tolerance, path: str = "output") -> str | None:
    """None when `got` matches `expected`, else a one-line reason."""
    if isinstance(expected, np.ndarray):
        return _compare_arrays(expected, got, tol, path)
    got = _scalar(got)
    if isinstance(expected, bool) or expected is None or isinstance(expected, str):
        if type(got) is type(expected) and got == expected:
            return None
        return f"{path}: expected {expected!r}, got {_kind(got) if type(got) is not type(expected) else repr(got)}"
    if isinstance(expected, int):
        if type(got) is not int:
            return f"{path}: expected an int, got {_kind(got)}"
        return None if got == expected else f"{path}: expected {expected}, got {got}"
    if isinstance(expected, float):
        if not _is_real(got):
            return f"{path}: expected a float, got {_kind(got)}"
        same_nan = math.isnan(expected) and math.isnan(got)
        if same_nan or abs(got - expected) <= tol.atol + tol.rtol * abs(expected):
            return None
        return f"{path}: expected {expected!r}, got {float(got)!r} (rtol={tol.rtol:g}, atol={tol.atol:g})"
    if isinstance(expected, list):
        if not isinstance(got, list):
            return f"{path}: expected a sequence of {len(expected)} items, got {_kind(got)}"
        if len(got) != len(expected):
            return f"{path}: expected {len(expected)} items, got {len(got)}"
        for i, (e, g) in enumerate(zip(expected, got, strict=True)):
            if reason := compare(e, g, tol, f"{path}[{i}]"):
                return reason
        return None
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return f"{path}: expected a dict, got {_kind(got)}"
        if set(got) != set(expected):
            return f"{path}: expected keys {sorted(expected)}, got {sorted(got)}"
        for key in expected:
            if reason := compare(expected[key], got[key], tol, f"{path}[{key!r}]"):
                return reason
        return None
    return f"{path}: cannot compare against {_kind(expected)}"


@functools.lru_cache(maxsize=32)
def _custom_check(path: Path, key: str) -> Callable | None:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, str(path))
    if not any(isinstance(n, ast.FunctionDef) and n.name == "check" for n in tree.body):
        return None  # most problems: no need to import their cases.py (and maybe torch) here
    name = f"_mianshi_cases_{path.parent.name.replace('-', '_')}_{key}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module.check


def checker_for(problem: Problem, key: str) -> Checker:
    custom = _custom_check(problem.folder / "cases.py", key)
    if custom is None:
        return lambda expected, got, args: compare(expected, got, problem.tolerance)

    def check(expected: Any, got: Any, args: dict) -> str | None:
        try:
            reason = custom(expected, got, args)
        except Exception as exc:
            return f"the output could not be checked: {type(exc).__name__}: {exc}"
        return None if reason is None else str(reason)

    return check


def max_abs_error(expected: Any, got: Any) -> float | None:
    """Largest |got - expected| over numeric values of the same shape, else None."""
    expected, got = _scalar(expected), _scalar(got)
    arrays = []
    for value in (expected, got):
        if _is_real(value) or isinstance(value, bool):
            value = np.asarray(value)
        if not isinstance(value, np.ndarray) or value.dtype.kind not in "biuf":
            return None
        arrays.append(value.astype(np.float64))
    if arrays[0].shape != arrays[1].shape or arrays[0].size == 0:
        return None
    with np.errstate(invalid="ignore", over="ignore"):
        return float(np.max(np.abs(arrays[1] - arrays[0])))


def summarize(value: Any) -> str:
    """A short description of an input: shape and dtype for arrays."""
    if isinstance(value, np.ndarray):
        text = f"array {value.shape} {value.dtype}"
        if value.size <= 16:
            text += " = " + np.array2string(value, precision=6, separator=", ").replace("\n", "")
        return text
    if isinstance(value, str) and len(value) > 40:
        return f"{value[:40]!r}… (length {len(value)})"
    if isinstance(value, list | dict):
        return f"{type(value).__name__} of {len(value)}"
    return repr(value)


def preview(value: Any, limit: int = 600) -> str:
    """A value as a user reads it in a verdict, cut to `limit` characters."""
    if isinstance(value, np.ndarray):
        body = np.array2string(value, precision=6, threshold=40, edgeitems=3, max_line_width=100)
        text = f"{body}  # {value.shape} {value.dtype}"
    else:
        text = repr(value)
    return text if len(text) <= limit else text[:limit] + " …"
