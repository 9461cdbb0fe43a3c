"""The default checker and the rendering of values in verdicts."""

import math

import numpy as np
import pytest

from mianshi.judge.checkers import compare, max_abs_error, preview, summarize
from mianshi.judge.problem import Tolerance

TOL = Tolerance(rtol=1e-5, atol=1e-8)


@pytest.mark.parametrize(
    ("expected", "got"),
    [
        (np.array([1.0, 2.0]), np.array([1.0, 2.0 + 1e-6])),
        (np.array([1.0, np.nan]), np.array([1.0, np.nan])),
        (np.array([1, 2], dtype=np.int64), np.array([1, 2], dtype=np.int32)),
        (np.array(0.5), 0.5),
        (0.1 + 0.2, 0.3),
        (3.0, 3),
        (3, np.array(3)),
        (True, True),
        ("abc", "abc"),
        (None, None),
        ([np.zeros(2), 1], [np.zeros(2), 1]),
        ({"w": 1.0}, {"w": 1.0 + 1e-9}),
    ],
)
def test_matches(expected, got):
    assert compare(expected, got, TOL) is None


@pytest.mark.parametrize(
    ("expected", "got", "reason"),
    [
        (np.array([1.0, 2.0]), np.array([1.0, 2.1]), "1 of 2 values differ beyond rtol=1e-05"),
        (np.array([1.0, 2.0]), np.array([1.0, np.nan]), "first at index (1,)"),
        (np.zeros((2, 3)), np.zeros((3, 2)), "expected shape (2, 3), got (3, 2)"),
        (np.zeros(3), np.zeros(3, dtype=np.int64), "expected float values"),
        (np.array([0, 1]), np.array([0.0, 1.0]), "expected int values"),
        (np.array([0, 1]), [0, 1], "expected an array"),
        (3, 3.0, "expected an int, got a float"),
        (3, True, "expected an int, got a bool"),
        (0.5, "0.5", "expected a float"),
        (0.5, 0.6, "expected 0.5, got 0.6"),
        ([1, 2], [1], "expected 2 items, got 1"),
        ({"a": 1}, {"b": 1}, "expected keys ['a'], got ['b']"),
        ([np.zeros(2), 1], [np.zeros(2), 2], "output[1]: expected 1, got 2"),
        ("abc", "abd", "expected 'abc'"),
    ],
)
def test_mismatches(expected, got, reason):
    message = compare(expected, got, TOL)
    assert message is not None and reason in message


def test_max_abs_error():
    assert max_abs_error(np.array([1.0, 2.0]), np.array([1.5, 1.0])) == 1.0
    assert max_abs_error(2, 2.25) == 0.25
    assert math.isnan(max_abs_error(np.array([1.0]), np.array([np.nan])))
    assert max_abs_error(np.zeros(2), np.zeros(3)) is None
    assert max_abs_error("a", "b") is None


def test_rendering():
    assert summarize(np.zeros((100, 4), dtype=np.float32)) == "array (100, 4) float32"
    assert summarize(np.array([1, 2])).endswith("= [1, 2]")
    assert "length 1000" in summarize("x" * 1000)
    text = preview(np.arange(10_000.0))
    assert "..." in text and "(10000,) float64" in text
    assert len(preview(list(range(10_000)))) < 700
