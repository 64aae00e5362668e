"""What a port read, written back as JSON, against the seed answer it read: no key, item or value
may be lost or changed, except in the ways a language cannot keep, each named here and allowed
per port (docs/ports.md says which port needs which and why)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

INSTANT_MICROSECONDS = "instant-microseconds"
"""A date-time written back in another form of the same instant, to the microsecond
(`...:58.668000+00:00` for `...:58.668Z`): Python's datetime keeps six digits of a second."""

INSTANT_MILLISECONDS = "instant-milliseconds"
"""The same to the millisecond: JavaScript's Date keeps three digits of a second."""

INSTANT_NANOSECONDS = "instant-nanoseconds"
"""The same instant to the nanosecond, in the encoder's own form (`Z` for `+00:00`, no trailing
zeros in the fraction: `...:00Z` for `...:00.000Z`): Go's time.Time and Java's OffsetDateTime."""

INSTANT_SECONDS = "instant-seconds"
"""The same to the second, in RFC 3339 (`2021-02-22T17:09:58+00:00`): PHP's ObjectSerializer writes a
DateTime in its default format, `DateTime::ATOM`, which has no fraction of a second."""

RUBY_TIME = "ruby-time"
"""The same to the second, written as Ruby's `Time#to_s` (`2021-02-22 17:09:58 UTC`): the gem writes a
body with `to_json`, and a Time's `to_json` is its `to_s`."""

EMPTY_OBJECT_AS_ARRAY = "empty-object-as-array"
"""An empty free-form object (`{}`) written back as `[]`: PHP's ObjectSerializer reads a free-form
object into a PHP array, and an empty PHP array is a JSON list. No form of the contract changes it
(tried: `additionalProperties: true`, and a named model with no properties)."""

NULL_DROPPED = "null-dropped"
"""A key whose value is null written back as no key at all: the models hold an unset optional
field and a null alike and leave both out when writing (Java's generated ObjectMapper)."""

_DIGITS = {
    INSTANT_MICROSECONDS: 6,
    INSTANT_MILLISECONDS: 3,
    INSTANT_NANOSECONDS: 9,
    INSTANT_SECONDS: 0,
    RUBY_TIME: 0,
}
_DATE_TIME = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)", re.IGNORECASE)
_RUBY_TIME = re.compile(r"(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) (?:UTC|([+-]\d\d)(\d\d))")


def _instant(text: str, digits: int, ruby: bool = False) -> tuple[int, int] | None:
    """(seconds since the epoch, fraction of a second kept to `digits`) of an RFC 3339 date-time, or
    with `ruby` of one in Ruby's `Time#to_s` form."""
    if ruby:
        found = _RUBY_TIME.fullmatch(text)
        if found is None:
            return None
        day, clock, hours, minutes = found.groups()
        text = f"{day}T{clock}" + (f"{hours}:{minutes}" if hours else "Z")
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        return None
    whole, fraction, offset = match.groups()
    zone = "+00:00" if offset.upper() == "Z" else offset
    seconds = int(datetime.fromisoformat(whole + zone).timestamp())
    return seconds, int((fraction or "0").ljust(9, "0")[:digits] or "0")


def _same_instant(answer: str, returned: str, allowed: frozenset[str]) -> bool:
    digits = min((_DIGITS[name] for name in allowed if name in _DIGITS), default=None)
    if digits is None:
        return False
    instant = _instant(answer, digits)
    return instant is not None and instant == _instant(returned, digits, RUBY_TIME in allowed)


def _kind(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def difference(answer: Any, returned: Any, allowed: frozenset[str] = frozenset(), at: str = "") -> str | None:
    """Where `returned` differs from `answer` (a JSON pointer and what differs), or None."""
    where = at or "/"
    if isinstance(answer, dict) and isinstance(returned, dict):
        return _object_difference(answer, returned, allowed, at)
    if isinstance(answer, list) and isinstance(returned, list):
        if len(answer) != len(returned):
            return f"{where}: {len(answer)} items read back as {len(returned)}"
        for index, (item, back) in enumerate(zip(answer, returned, strict=True)):
            found = difference(item, back, allowed, f"{at}/{index}")
            if found:
                return found
        return None
    if _kind(answer) == _kind(returned) and answer == returned:
        return None
    if answer == {} and returned == [] and EMPTY_OBJECT_AS_ARRAY in allowed:
        return None
    if isinstance(answer, str) and isinstance(returned, str) and _same_instant(answer, returned, allowed):
        return None
    return f"{where}: {_short(answer)} read back as {_short(returned)}"


def _object_difference(
    answer: dict[str, Any], returned: dict[str, Any], allowed: frozenset[str], at: str
) -> str | None:
    for key, value in answer.items():
        if key not in returned:
            if value is None and NULL_DROPPED in allowed:
                continue
            return f"{at}/{key}: lost"
        found = difference(value, returned[key], allowed, f"{at}/{key}")
        if found:
            return found
    added = sorted(set(returned) - set(answer))
    return f"{at or '/'}: {', '.join(added)} added" if added else None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
