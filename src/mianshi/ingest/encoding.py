"""Decoding a collection file: BOMs, strict UTF-8, then charset-normalizer for the rest.

Chinese collections come as UTF-8, GBK/GB18030 or UTF-16 (Windows "Unicode"
text). A file is refused, with a reason a person can act on, when it is
empty, binary, UTF-8 cut off in the middle of a character, or in no encoding
the detector trusts.
"""

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy Chinese encodings are decoded with their superset.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030"}
_CONTROL_LIMIT = 0.01  # share of control characters above which text is taken for binary


class UndecodableError(ValueError):
    """The bytes are not text mianshi can read; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    return controls / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: ASCII characters leave a zero byte on one side."""
    sample = data[:8192]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    # CJK code points such as 一 (U+4E00) have a zero byte too, so allow a few on the other side.
    if odd > 0.2 and odd > 4 * even:
        return "utf-16-le"
    if even > 0.2 and even > 4 * odd:
        return "utf-16-be"
    return None


def _truncated_utf8(data: bytes, exc: UnicodeDecodeError) -> bool:
    """Valid UTF-8 up to an incomplete character in the last three bytes."""
    return exc.start >= len(data) - 3 and "end of data" in exc.reason


def _detect(data: bytes) -> str | None:
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    name = best.encoding.lower().replace("_", "-")
    if name.startswith(("utf-16", "utf-32")) and b"\x00" not in data:
        # A tiny GBK file can look like BOM-less UTF-16 to the detector; real
        # UTF-16 text always has zero bytes (newlines, ASCII), so trust GB18030.
        name = "gb18030"
    return _SUPERSETS.get(name, name)


def decode_bytes(data: bytes) -> Decoded:
    """The text of `data` and the name of its encoding, or UndecodableError."""
    if not data.strip():
        raise UndecodableError("empty file")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise UndecodableError(
                    f"not valid {name} after its byte-order mark (byte {exc.start})"
                ) from None
    utf16 = _utf16_without_bom(data) if b"\x00" in data else None
    if utf16:
        try:
            return _checked(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            raise UndecodableError("binary file (zero bytes, not UTF-16 text)") from None
    if b"\x00" in data:
        raise UndecodableError("binary file (contains zero bytes)")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if _truncated_utf8(data, exc):
            raise UndecodableError(
                f"truncated UTF-8: the file ends inside a character at byte {exc.start} "
                "(an incomplete download or copy?)"
            ) from None
    name = _detect(data)
    if name is None:
        raise UndecodableError("binary file or unknown encoding")
    try:
        return _checked(data.decode(name), name)
    except (UnicodeDecodeError, LookupError):
        raise UndecodableError(f"cannot decode as {name}, the encoding it resembles") from None


def _checked(text: str, encoding: str) -> Decoded:
    if _control_share(text) > _CONTROL_LIMIT:
        raise UndecodableError("binary file (control characters in the text)")
    return Decoded(text=text.replace("\r\n", "\n").replace("\r", "\n"), encoding=encoding)
