"""The bounded format that crosses the sandbox boundary, decoded defensively."""

import io
import json
import pickle
import struct

import numpy as np
import pytest

from mianshi.judge.worker.codec import CodecError, decode, encode, load_npy

LIMIT = 1 << 26


def message(head: bytes, blobs: list[bytes] = ()) -> bytes:
    out = b"MSJ1" + struct.pack("<I", len(head)) + head + struct.pack("<I", len(blobs))
    for blob in blobs:
        out += struct.pack("<Q", len(blob)) + blob
    return out


def npy(header: str, data: bytes) -> bytes:
    text = header.encode()
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text + data


def test_round_trip():
    value = {
        "arrays": [np.arange(6, dtype=np.int64).reshape(2, 3), np.eye(2, dtype=np.float32).T, np.array(True)],
        "scalars": [1, 2.5, float("nan"), None, True, "名字", np.float64(0.25), np.int32(-3)],
        "nested": {"tuple": (1, (2, 3)), "bytes": b"\x00\xff", "strings": np.array(["ab", "c"])},
    }
    back = decode(encode(value), LIMIT)
    np.testing.assert_array_equal(back["arrays"][0], value["arrays"][0])
    assert back["arrays"][1].dtype == np.float32 and back["arrays"][1].flags.f_contiguous
    assert back["scalars"][:2] == [1, 2.5] and np.isnan(back["scalars"][2])
    assert back["scalars"][3:] == [None, True, "名字", 0.25, -3]
    assert back["nested"]["tuple"] == [1, [2, 3]] and back["nested"]["bytes"] == b"\x00\xff"
    assert back["nested"]["strings"].tolist() == ["ab", "c"]


@pytest.mark.parametrize(
    "value",
    [np.array([object()]), {1: "int key"}, {"x": {1, 2}}, np.zeros(2, dtype=[("a", "i4")])],
    ids=["object-array", "int-key", "set", "structured-dtype"],
)
def test_unsendable_values_are_refused(value):
    with pytest.raises(CodecError):
        encode(value)


def test_forged_npy_shape_is_refused_before_allocating():
    blob = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000,), }\n", b"\0" * 16)
    with pytest.raises(CodecError, match="does not match"):
        load_npy(blob)


def test_huge_npy_header_is_refused():
    header = "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }" + " " * 60000 + "\n"
    with pytest.raises(CodecError, match="header"):
        load_npy(npy(header, b"\0" * 8))


def test_pickled_object_array_is_never_unpickled(tmp_path):
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (marker.touch, ())

    blob = npy("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }\n", pickle.dumps([Evil()]))
    with pytest.raises(CodecError, match="dtype"):
        decode(message(json.dumps({"a": 0}).encode(), [blob]), LIMIT)
    with pytest.raises(CodecError):
        decode(pickle.dumps(Evil()), LIMIT)
    assert not marker.exists()


def test_negative_and_deep_shapes_are_refused():
    for shape in ("(-2, -4)", "(" + "1, " * 40 + ")"):
        header = f"{{'descr': '<f8', 'fortran_order': False, 'shape': {shape}, }}\n"
        with pytest.raises(CodecError):
            load_npy(npy(header, b"\0" * 64))


@pytest.mark.parametrize(
    "data",
    [
        message(b"[" * 100_000 + b"]" * 100_000),
        message(json.dumps([[[[[[[[[[1]]]]]]]]]] * 1).encode().replace(b"1", b"[" * 80 + b"1" + b"]" * 80)),
        message(b"9" * 5000),
        b"MSJ1" + struct.pack("<I", 0xFFFFFFF0) + b"{}",
        message(b"0")[:-4] + struct.pack("<I", 0xFFFFFFFF),
        message(b'{"a": 0}', [b"\0" * 8])[:-8] + struct.pack("<Q", 1 << 62)[:8],
        message(b'{"a": 3}', [npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }\n", b"\0" * 8)]),
        message(b'{"x": 1, "y": 2}'),
        message(b"0") + b"trailing",
        b"PK\x03\x04 not a judge message",
    ],
    ids=[
        "deep-json", "deep-values", "huge-int", "json-length-lie", "blob-count-lie",
        "blob-length-lie", "bad-index", "untagged-dict", "trailing-bytes", "zip",
    ],  # fmt: skip
)
def test_malformed_messages_are_refused(data):
    with pytest.raises(CodecError):
        decode(data, LIMIT)


def test_size_cap():
    data = encode(np.zeros(1000))
    with pytest.raises(CodecError, match="limit"):
        decode(data, len(data) - 1)


def test_load_npy_matches_numpy():
    stream = io.BytesIO()
    array = np.arange(12, dtype=">i4").reshape(3, 4)
    np.save(stream, array)
    np.testing.assert_array_equal(load_npy(stream.getvalue()), array)
