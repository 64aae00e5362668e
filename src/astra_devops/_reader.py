"""Reading an answer within fixed bounds, whatever its content: decoded size, encodings, JSON work.

Content-Encoding layers are undone here, one `zlib` step of at most STEP bytes at a time, so no layer
ever produces more than STEP bytes before the size cap is checked again, and no layer's total output
may exceed the cap: a stack of encodings costs at most `layers x cap` work, and more than
MAX_ENCODINGS layers are refused. Encodings the client does not ask for (it sends
`Accept-Encoding: gzip, deflate`) are passed through as httpx does, and fail later as unreadable JSON.

JSON is counted before it is decoded: at most MAX_JSON_TOKENS commas and brackets (memory while
decoding grows with them, not with bytes: `[],` is 3 bytes but a 56-byte list), and at most
MAX_JSON_DEPTH levels of nesting. The depth is counted on the bytes because json's C decoder recurses
once per level, past what a small thread stack holds: 1,000 levels overflow a stack of 128 KiB on
Python 3.11 to 3.13, and 3.13 recurses up to 10,000 levels, which overflows one of 256 KiB.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import Any

from ._constants import MAX_ENCODINGS, MAX_JSON_DEPTH, MAX_JSON_TOKENS

STEP = 64 * 1024
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}
_STRUCTURE = b"[]{},"
_NOT_STRUCTURE = bytes(byte for byte in range(256) if byte not in _STRUCTURE)
# +1 for an opening bracket, -1 for a closing one: a running sum of these is the nesting depth.
_DEPTH_STEP = [1 if byte in b"[{" else -1 if byte in b"]}" else 0 for byte in range(256)]


class Unreadable(ValueError):
    """An answer the client refuses to read further (its message says why)."""


class _Layer:
    """One Content-Encoding undone, at most STEP bytes per zlib call and `limit` bytes in all."""

    def __init__(self, encoding: str, limit: int) -> None:
        self._zlib = zlib.decompressobj(_WBITS[encoding])
        self._first = encoding == "deflate"
        self._limit = self._left = limit

    def feed(self, data: bytes) -> Iterator[bytes]:
        out = self._step(data)
        while True:
            if out:
                yield out
            tail = self._zlib.unconsumed_tail
            if not tail and len(out) < STEP:
                return
            out = self._step(tail)

    def drain(self) -> Iterator[bytes]:
        return self.feed(b"")

    def _step(self, data: bytes) -> bytes:
        try:
            out = self._inflate(data)
        except zlib.error as exc:
            raise Unreadable(f"cannot decode the body ({exc})") from None
        self._left -= len(out)
        if self._left < 0:
            raise Unreadable(f"the answer is larger than {self._limit} bytes once decoded")
        return out

    def _inflate(self, data: bytes) -> bytes:
        if self._first:
            self._first = False
            try:
                return self._zlib.decompress(data, STEP)
            except zlib.error:
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # deflate sent without its zlib header
        return self._zlib.decompress(data, STEP)


class Decoder:
    """Every Content-Encoding of an answer undone, outermost first; `None` from `of` when there is none."""

    def __init__(self, layers: Sequence[_Layer]) -> None:
        self._layers = layers

    @classmethod
    def of(cls, encodings: Sequence[str], limit: int) -> Decoder | None:
        names = [name.strip().lower() for name in encodings]
        applied = [name for name in names if name in _WBITS]
        if len(applied) > MAX_ENCODINGS:
            raise Unreadable(f"the answer has {len(applied)} content encodings (at most {MAX_ENCODINGS})")
        return cls([_Layer(name, limit) for name in reversed(applied)]) if applied else None

    def decode(self, data: bytes) -> Iterator[bytes]:
        return _through(self._layers, data)

    def finish(self) -> Iterator[bytes]:
        for index, layer in enumerate(self._layers):
            for piece in layer.drain():
                yield from _through(self._layers[index + 1 :], piece)


def _through(layers: Sequence[_Layer], data: bytes) -> Iterator[bytes]:
    if not layers:
        yield data
        return
    for piece in layers[0].feed(data):
        yield from _through(layers[1:], piece)


def loads(content: bytes) -> Any:
    """`content` decoded as JSON, after the count and depth checks.

    Raises ValueError (Unreadable, or json's own) and RecursionError, nothing else."""
    structure = content.translate(None, _NOT_STRUCTURE)
    if len(structure) > MAX_JSON_TOKENS:
        raise Unreadable(f"the answer holds more than {MAX_JSON_TOKENS} JSON values")
    if len(structure) > MAX_JSON_DEPTH:
        _check_depth(structure.translate(None, b","))
    return json.loads(content)


def _check_depth(brackets: bytes) -> None:
    """Refuse JSON nested deeper than MAX_JSON_DEPTH, so that nothing downstream recurses too deep.

    Brackets inside strings count too: a role's policy is JSON inside a string, decoded later. A round
    of the two replacements removes every innermost pair, one or two levels: brackets that all pair up
    within half the cap's rounds are shallow enough. Anything else (deeper, or unpaired brackets in a
    string) is measured exactly, by the running sum over every bracket."""
    if len(brackets) <= MAX_JSON_DEPTH:
        return
    rest = brackets
    for _ in range(MAX_JSON_DEPTH // 2):
        rest = rest.replace(b"[]", b"").replace(b"{}", b"")
        if not rest:
            return
    if max(accumulate(map(_DEPTH_STEP.__getitem__, brackets))) > MAX_JSON_DEPTH:
        raise Unreadable(f"nested deeper than {MAX_JSON_DEPTH} levels")


def title(html: str) -> str | None:
    """The text of an HTML page's first <title>, stripped, in linear time (two searches for a literal)."""
    opened = re.compile("<title>", re.IGNORECASE).search(html)
    closed = re.compile("</title>", re.IGNORECASE).search(html, opened.end()) if opened else None
    return html[opened.end() : closed.start()].strip() if opened and closed else None
