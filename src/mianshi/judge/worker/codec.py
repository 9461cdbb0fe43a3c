"""The one format that crosses the sandbox boundary: JSON plus raw .npy arrays.

A message is b"MSJ1", a u32 JSON length, the JSON, a u32 blob count, then per blob a
u64 length and its bytes. In the JSON, arrays are {"a": i} (blob i holds .npy bytes),
raw bytes are {"b": i} and dicts are {"d": {...}}; lists, strings, numbers, booleans
and null are themselves.

Decoding trusts nothing: every length is checked before use, nesting is bounded, an
array's header must match its byte count, object dtypes are refused and arrays are
loaded with allow_pickle=False. Nothing is ever unpickled or evaluated.

This file imports only the standard library and numpy: the sandbox worker loads it
as a plain script next to its own.
"""

import io
import json
import math
import struct
from typing import Any

import numpy as np

MAGIC = b"MSJ1"
MAX_JSON_BYTES = 8 << 20
MAX_DEPTH = 64
MAX_BLOBS = 10_000
MAX_NDIM = 32
# Booleans, integers, floats, complex, and fixed-width strings: nothing that needs pickle.
ARRAY_KINDS = frozenset("biufcUS")


class CodecError(ValueError):
    """A value cannot be encoded, or bytes are not a well-formed message."""


def encode(value: Any) -> bytes:
    blobs: list[bytes | bytearray | memoryview] = []
    tree = _to_tree(value, blobs, 0)
    head = json.dumps(tree, separators=(",", ":")).encode()
    parts = [MAGIC, struct.pack("<I", len(head)), head, struct.pack("<I", len(blobs))]
    for blob in blobs:
        parts += [struct.pack("<Q", len(blob)), blob]
    return b"".join(parts)


def _to_tree(value: Any, blobs: list, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise CodecError(f"nested deeper than {MAX_DEPTH} levels")
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, np.generic) and not isinstance(value, np.void | np.object_):
        return _to_tree(value.item(), blobs, depth)
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in ARRAY_KINDS or value.dtype.fields is not None:
            raise CodecError(f"cannot send an array of dtype {value.dtype}")
        stream = io.BytesIO()
        np.lib.format.write_array(stream, np.asarray(value), allow_pickle=False)
        blobs.append(stream.getbuffer())
        return {"a": len(blobs) - 1}
    if isinstance(value, bytes | bytearray | memoryview):
        blobs.append(value)
        return {"b": len(blobs) - 1}
    if isinstance(value, list | tuple):
        return [_to_tree(v, blobs, depth + 1) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise CodecError("dict keys must be strings")
        return {"d": {k: _to_tree(v, blobs, depth + 1) for k, v in value.items()}}
    raise CodecError(f"cannot send a value of type {type(value).__name__}")


def decode(data: bytes | memoryview, max_bytes: int) -> Any:
    view = memoryview(data)
    if len(view) > max_bytes:
        raise CodecError(f"message of {len(view)} bytes is over the {max_bytes}-byte limit")
    if len(view) < 12 or bytes(view[:4]) != MAGIC:
        raise CodecError("not a judge message")
    (head_len,) = struct.unpack_from("<I", view, 4)
    if head_len > MAX_JSON_BYTES or 8 + head_len + 4 > len(view):
        raise CodecError("bad JSON length")
    try:
        tree = json.loads(bytes(view[8 : 8 + head_len]))
    except (ValueError, RecursionError) as exc:
        raise CodecError(f"bad JSON: {type(exc).__name__}") from None
    pos = 8 + head_len
    (count,) = struct.unpack_from("<I", view, pos)
    pos += 4
    if count > MAX_BLOBS:
        raise CodecError(f"{count} blobs is over the limit of {MAX_BLOBS}")
    blobs = []
    for _ in range(count):
        if pos + 8 > len(view):
            raise CodecError("truncated message")
        (size,) = struct.unpack_from("<Q", view, pos)
        pos += 8
        if size > len(view) - pos:
            raise CodecError("blob longer than the message")
        blobs.append(view[pos : pos + size])
        pos += size
    if pos != len(view):
        raise CodecError("trailing bytes after the last blob")
    return _from_tree(tree, blobs, 0)


def _from_tree(node: Any, blobs: list[memoryview], depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise CodecError(f"nested deeper than {MAX_DEPTH} levels")
    if node is None or isinstance(node, bool | int | float | str):
        return node
    if isinstance(node, list):
        return [_from_tree(v, blobs, depth + 1) for v in node]
    if isinstance(node, dict) and len(node) == 1:
        tag, inner = next(iter(node.items()))
        if tag == "d" and isinstance(inner, dict):
            return {k: _from_tree(v, blobs, depth + 1) for k, v in inner.items()}
        if tag in ("a", "b") and type(inner) is int and 0 <= inner < len(blobs):
            return load_npy(blobs[inner]) if tag == "a" else bytes(blobs[inner])
    raise CodecError("malformed value")


def load_npy(blob: memoryview | bytes) -> np.ndarray:
    """One .npy array, checked before numpy allocates anything for it."""
    stream = io.BytesIO(blob)
    fmt = np.lib.format
    try:
        version = fmt.read_magic(stream)
        if version == (1, 0):
            shape, _, dtype = fmt.read_array_header_1_0(stream)
        elif version == (2, 0):
            shape, _, dtype = fmt.read_array_header_2_0(stream)
        else:
            raise CodecError(f"unsupported .npy version {version}")
    except (ValueError, SyntaxError, TypeError, OverflowError) as exc:
        raise CodecError(f"bad .npy header: {str(exc)[:100]}") from None
    if dtype.hasobject or dtype.kind not in ARRAY_KINDS or dtype.fields is not None:
        raise CodecError(f"refused .npy dtype {dtype}")
    if len(shape) > MAX_NDIM or any(d < 0 for d in shape):
        raise CodecError(f"bad .npy shape {shape}")
    if math.prod(shape) * dtype.itemsize != len(blob) - stream.tell():
        raise CodecError(".npy header does not match the data length")
    stream.seek(0)
    return np.load(stream, allow_pickle=False)
