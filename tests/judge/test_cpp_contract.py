"""The C++ contract: signatures the judge can bind, the input encoding, and result frames
checked before use (a program that writes garbage to its result pipe gets nothing through)."""

import struct

import numpy as np
import pytest

from mianshi.judge.cpp import (
    SignatureError,
    decode_results,
    encode_inputs,
    harness_source,
    parse_signature,
)

CONV = (
    "std::vector<float> conv2d(const std::vector<float>& x, int c_in, int h, int w, "
    "const std::vector<float>& weight, int c_out, int k, int stride, int padding)"
)


def test_parse_a_contract_signature():
    sig = parse_signature(CONV + ";")
    assert sig.name == "conv2d" and sig.returns.vector and sig.returns.code == "f"
    assert [p.name for p in sig.params] == ["x", "c_in", "h", "w", "weight", "c_out", "k", "stride", "padding"]
    assert [p.type.describe() for p in sig.params][:2] == ["std::vector<float>", "int"]
    scalar = parse_signature("double  loss(std::vector<int64_t> labels, const std::vector<double> & p, bool mean)")
    assert (scalar.returns.code, scalar.returns.vector) == ("d", False)
    assert [p.type.code for p in scalar.params] == ["l", "d", "b"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("conv2d(int x)", "not a function declaration"),
        ("std::string name(int x)", "unsupported type"),
        ("std::vector<bool> f(int x)", "unsupported vector element type"),
        ("int f(int& x)", "only vectors may be passed"),
        ("int f(int x, int x)", "same name"),
        ("bool f(int x)", "bool return type"),
    ],
)
def test_signatures_the_judge_cannot_bind(text, message):
    with pytest.raises(SignatureError, match=message):
        parse_signature(text)


def test_the_harness_declares_the_function_and_reads_every_parameter():
    source = harness_source(parse_signature(CONV))
    assert CONV + ";" in source
    assert source.count("read_vector<float>()") == 2 and source.count("read_raw<std::int64_t>()") == 7
    assert "conv2d(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8)" in source


def test_inputs_are_plain_little_endian_binary():
    sig = parse_signature("std::vector<double> f(const std::vector<float>& v, int n, double t)")
    blob = encode_inputs(sig, [[np.array([[1.5, 2.0]]), 3, 0.25]])
    assert blob == b"MSC1" + struct.pack("<IQ2fqd", 1, 2, 1.5, 2.0, 3, 0.25)
    with pytest.raises(ValueError, match="does not fit in 64 bits"):
        encode_inputs(sig, [[np.zeros(1), 2**70, 0.0]])


def result(index: int, values: np.ndarray, code: bytes = b"d", vector: int = 1, ms: float = 1.0) -> bytes:
    return struct.pack("<BId", 0, index, ms) + code + struct.pack("<BQ", vector, values.size) + values.tobytes()


SIG = parse_signature("std::vector<double> f(const std::vector<double>& v)")


def test_results_decode_and_a_cut_frame_is_dropped():
    frames = result(0, np.array([1.0, 2.0])) + result(1, np.array([3.0]))
    decoded = decode_results(frames + frames[:11], SIG, 3)
    assert not decoded.malformed and decoded.error is None
    assert [list(out) for out in decoded.outputs] == [[1.0, 2.0], [3.0]]
    error = struct.pack("<BIBI", 1, 2, 1, 5) + b"oops!"
    decoded = decode_results(frames + error, SIG, 3)
    assert decoded.error == {"kind": "memory", "message": "oops!", "traceback": "", "case": 2}


@pytest.mark.parametrize(
    "frames",
    [
        result(1, np.array([1.0])),  # out of order
        result(0, np.array([1.0], dtype="<f4"), code=b"f"),  # not the declared type
        result(0, np.array([1.0]), vector=0) + result(1, np.array([1.0])),  # a scalar where a vector is due
        result(0, np.array([1.0]), ms=float("nan")),
        result(0, np.array([1.0])) * 4,  # more results than cases (and out of order)
        b"\x07" + b"\0" * 40,  # unknown frame kind
        struct.pack("<BIBI", 1, 0, 9, 1) + b"x",  # unknown error kind
    ],
    ids=["out-of-order", "wrong-type", "scalar", "nan-time", "too-many", "unknown-kind", "unknown-error"],
)
def test_malformed_frames_are_rejected(frames):
    assert decode_results(frames, SIG, 3).malformed


def test_a_count_larger_than_the_data_is_a_cut_frame_not_an_allocation():
    frame = struct.pack("<BId", 0, 0, 1.0) + b"d" + struct.pack("<BQ", 1, 2**62) + b"\0" * 16
    decoded = decode_results(frame, SIG, 3)
    assert decoded.outputs == [] and not decoded.malformed
