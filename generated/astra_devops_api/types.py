"""Contains some shared types for properties"""

import datetime
import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


def model_repr(model: Any) -> str:
    """`Name(field=value, ...)` with the fields that are set: not UNSET, not an empty
    `additional_properties`, and not a field declared `repr=False` (a secret)."""
    shown = []
    for field in fields(type(model)):
        value = getattr(model, field.name) if field.repr else UNSET
        if value is not UNSET and (value or field.name != "additional_properties"):
            shown.append(f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


_GO_TIME = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)(?:\.(\d{1,9}))? ([+-]\d{4})(?: [A-Za-z]+)?")


def parse_time(text: str) -> datetime.datetime:
    """A time in one of the layouts `x-astra-time-layouts` names: RFC 3339 (`2021-01-21T17:32:28Z`) or Go's
    default layout (`2021-08-03 15:20:29.008 +0000 UTC`), to the microsecond. Raises ValueError otherwise."""
    match = _GO_TIME.fullmatch(text.strip())
    if match is None:
        return datetime.datetime.fromisoformat(text)
    whole, fraction, offset = match.groups()
    moment = datetime.datetime.strptime(f"{whole} {offset}", "%Y-%m-%d %H:%M:%S %z")
    return moment.replace(microsecond=int((fraction or "0").ljust(6, "0")[:6]))


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "model_repr"]
