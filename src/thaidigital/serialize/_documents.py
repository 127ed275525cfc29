"""dict, JSON and JSONL in and out, through one module-level converter."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar

import cattrs
from cattrs.errors import BaseValidationError

from thaidigital._errors import (
    DocumentError,
    InvalidValueError,
    NewerSchemaWarning,
    SchemaVersionError,
    shown,
)
from thaidigital.models import DOCUMENT_TYPES
from thaidigital.serialize._converter import configure_converter, make_converter
from thaidigital.serialize._problems import json_type, problems

__all__ = [
    "SCHEMA_VERSION",
    "dump_jsonl",
    "from_dict",
    "from_json",
    "load_jsonl",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

#: The version of the wire schema written into every top-level document.
#: A reader refuses a document whose major version is newer than its own.
SCHEMA_VERSION = "1.0"
_OURS_MAJOR, _, _OURS_MINOR = SCHEMA_VERSION.partition(".")

_converter = make_converter()
#: Reads a newer minor version's documents, leaving out fields it adds.
_lenient = cattrs.Converter(detailed_validation=True, forbid_extra_keys=False)
configure_converter(_lenient)


def _type_name(cls: Any) -> str:
    return getattr(cls, "__name__", str(cls))


def to_dict(obj: Any) -> Any:
    """Turn a model into plain JSON values (dicts, lists, strings, numbers).

    Top-level documents (``Article``, ``Meeting``, ``Agreement``,
    ``SmartCityProgram``, ``Extraction``) carry ``"schema_version"``.

    Example:
        >>> import thaidigital as td
        >>> td.to_dict(td.Place(name="Bangkok", province="TH-10", country="TH"))
        {'name': 'Bangkok', 'province': 'TH-10', 'country': 'TH'}
        >>> td.to_dict(td.Extraction(article_id="a1"))["schema_version"]
        '1.0'

    .. versionadded:: 0.1.0
    """
    data = _converter.unstructure(obj, type(obj))
    if type(obj) in DOCUMENT_TYPES:
        return {"schema_version": SCHEMA_VERSION, **data}
    return data


#: The version strings the schema allows: "<major>.<minor>", digits only.
_VERSION = re.compile(r"(?P<major>[0-9]+)\.(?P<minor>[0-9]+)")


def _later(one: str, other: str) -> bool:
    """Whether one run of digits is a larger number than another, however
    long (no int() of a 5,000-digit version)."""
    one, other = one.lstrip("0") or "0", other.lstrip("0") or "0"
    return (len(one), one) > (len(other), other)


def _check_version(
    data: dict[str, Any], what: str, line: int | None
) -> tuple[dict[str, Any], str | None]:
    """The document without its version, and the version when it is a newer
    minor one (whose unknown fields are left out, with a warning)."""
    if "schema_version" not in data:
        return data, None
    version = data["schema_version"]
    found = _VERSION.fullmatch(version) if isinstance(version, str) else None
    if found is None or not version.isascii():
        raise DocumentError(
            what,
            [
                f"expected a version string such as {SCHEMA_VERSION!r}, got "
                f"{json_type(version)} {shown(version)} @ $.schema_version"
            ],
            line=line,
        )
    if _later(found["major"], _OURS_MAJOR):
        raise SchemaVersionError(
            what,
            [
                f"schema version {_brief(version)} is newer than this library's "
                f"{SCHEMA_VERSION}; upgrade thaidigital to read it @ $.schema_version"
            ],
            line=line,
        )
    rest = {key: value for key, value in data.items() if key != "schema_version"}
    newer = not _later(_OURS_MAJOR, found["major"]) and _later(
        found["minor"], _OURS_MINOR
    )
    return rest, _brief(version) if newer else None


def _brief(version: str) -> str:
    """A version as a message shows it: whole, or its start if overlong."""
    return version if len(version) <= _VERSION_SHOWN else version[:_VERSION_SHOWN] + "…"


_VERSION_SHOWN = 20


def _structure(data: Any, cls: type[T], line: int | None = None) -> T:
    what = _type_name(cls)
    newer = None
    if cls in DOCUMENT_TYPES and isinstance(data, dict):
        data, newer = _check_version(data, what, line)
    try:
        return _converter.structure(data, cls)
    except (BaseValidationError, TypeError, ValueError) as exc:
        found = problems(exc)
        if newer is not None and all(p.startswith("unknown field ") for p in found):
            # A newer minor version adds optional fields: read the rest.
            warnings.warn(
                NewerSchemaWarning(
                    f"{what} document of schema {newer} (this library reads "
                    f"{SCHEMA_VERSION}): left out the fields it does not know: "
                    + "; ".join(p.removeprefix("unknown field ") for p in found)
                ),
                stacklevel=4,
            )
            return _lenient.structure(data, cls)
        raise DocumentError(what, found, line=line) from exc
    except RecursionError as exc:
        raise DocumentError(
            what, ["nested deeper than a document may be read @ $"], line=line
        ) from exc


def from_dict(data: Any, cls: type[T]) -> T:
    """Build a validated ``cls`` from plain JSON values.

    Raises:
        DocumentError: with every problem and its path, if ``data`` does not
            describe a valid ``cls``.
        SchemaVersionError: if the document comes from a newer major schema.

    Example:
        >>> import thaidigital as td
        >>> r = td.from_dict({"start": "2025-01-16", "end": "2025-01-17"}, td.DateRange)
        >>> r.end
        PartialDate(year=2025, month=1, day=17, qualifier=None)

    .. versionadded:: 0.1.0
    """
    return _structure(data, cls)


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Write a model as JSON text, non-ASCII characters as they are.

    Raises:
        InvalidValueError: a number in the record has more digits than JSON
            text may be written with here (4,300).

    Example:
        >>> import thaidigital as td
        >>> td.to_json(td.Place(name="เชียงใหม่", province="TH-50"))
        '{"name": "เชียงใหม่", "province": "TH-50", "country": null}'

    .. versionadded:: 0.1.0
    """
    data = to_dict(obj)
    try:
        return json.dumps(data, ensure_ascii=False, allow_nan=False, indent=indent)
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise InvalidValueError(
            _type_name(type(obj)), obj, "a number in it is too long to write as JSON"
        ) from exc


def read_json(text: str | bytes, what: str, line: int | None = None) -> Any:
    """JSON text as plain values, every way it can fail a
    :class:`DocumentError` about ``what`` (the reader the API and the
    command line share).

    >>> read_json('{"code": "TH"}', "Country")
    {'code': 'TH'}
    """
    return _loads(text, what, line)


def _loads(text: str | bytes, what: str, line: int | None = None) -> Any:
    if not isinstance(text, str | bytes | bytearray):
        raise TypeError(f"JSON text must be str or bytes, not {type(text).__name__}")
    repeated: list[str] = []
    try:
        data = json.loads(text, object_pairs_hook=_no_repeats(repeated))
    except json.JSONDecodeError as exc:
        where = (
            f"line {exc.lineno}, column {exc.colno}"
            if exc.lineno > 1
            else (f"column {exc.colno}")
        )
        raise DocumentError(
            what, [f"not JSON: {exc.msg} at {where} @ $"], line=line
        ) from exc
    except UnicodeDecodeError as exc:
        raise DocumentError(
            what, [f"not UTF-8 text: {exc.reason} @ $"], line=line
        ) from exc
    except RecursionError as exc:
        raise DocumentError(
            what, ["nested deeper than a JSON document may be read @ $"], line=line
        ) from exc
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise DocumentError(
            what, ["a number too long to read (over 4,300 digits) @ $"], line=line
        ) from exc
    if repeated:
        # The last of two values would win unseen, two schema versions too.
        raise DocumentError(
            what,
            [
                f"key {shown(key)} given twice in one object @ $"
                for key in repeated[:_MOST_REPEATS]
            ],
            line=line,
        )
    return data


#: The most repeated keys a message names.
_MOST_REPEATS = 10


def _no_repeats(
    repeated: list[str],
) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    """A JSON object hook that builds each object and notes every key that
    appears twice in one (``json`` keeps the last silently)."""

    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        built = dict(pairs)
        if len(built) < len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    repeated.append(key)
                seen.add(key)
        return built

    return build


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Read a validated ``cls`` from JSON text.

    Raises:
        DocumentError: the text is not JSON (its line and column given), is
            nested too deep or holds a number of more than 4,300 digits, or
            does not describe a valid ``cls`` (every problem listed with its
            path).
        TypeError: ``text`` is not ``str`` or ``bytes``.

    Example:
        >>> import thaidigital as td
        >>> td.from_json('{"code": "TH"}', td.Country)
        Country(code='TH')

    .. versionadded:: 0.1.0
    """
    return _structure(_loads(text, _type_name(cls)), cls)


def dump_jsonl(records: Iterable[Any], fp: IO[str]) -> int:
    """Write records to ``fp`` as JSON Lines, one record a line.

    Each line is built whole before it is written, so a failure never leaves
    half a line behind.

    Returns:
        The number of lines written.

    Example:
        >>> import io, thaidigital as td
        >>> out = io.StringIO()
        >>> td.dump_jsonl([td.Country(code="TH"), td.Country(code="KH")], out)
        2
        >>> out.getvalue()
        '{"code": "TH"}\\n{"code": "KH"}\\n'

    .. versionadded:: 0.1.0
    """
    count = 0
    for record in records:
        fp.write(to_json(record) + "\n")
        count += 1
    return count


def load_jsonl(fp: Iterable[str | bytes], cls: type[T]) -> Iterator[T]:
    """Read records from JSON Lines, lazily, one line at a time.

    Blank lines are skipped, and a byte order mark opening the first line.
    A bad line raises :class:`DocumentError` with its 1-based line number in
    ``.line``; the records before it have already been yielded, so nothing
    good is lost. Bytes that are not UTF-8 raise it too: a binary file names
    their line, a text-mode file (which decodes ahead) the first line they
    may be on.

    Example:
        >>> import io, thaidigital as td
        >>> lines = io.StringIO('{"code": "TH"}\\n\\n{"code": "XX"}\\n')
        >>> records = td.load_jsonl(lines, td.Country)
        >>> next(records)
        Country(code='TH')
        >>> next(records)
        Traceback (most recent call last):
        ...
        thaidigital.DocumentError: invalid Country document on line 3 (1 problem):
          'XX' is not an ISO 3166-1 alpha-2 country code @ $.code

    .. versionadded:: 0.1.0
    """
    what = _type_name(cls)
    lines = iter(fp)
    number = 0
    while True:
        try:
            line = next(lines)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            # A text-mode file decodes ahead of the lines it has handed out:
            # the bad bytes are on this line or one soon after it.
            raise DocumentError(
                what,
                [
                    f"not UTF-8 text: {exc.reason} (at or after this line; read "
                    "the file in binary mode to keep every good line before "
                    "it) @ $"
                ],
                line=number + 1,
            ) from exc
        number += 1
        if number == 1:
            line = line.removeprefix("\ufeff") if isinstance(line, str) else line
        if not line.strip():
            continue
        yield _structure(_loads(line, what, number), cls, number)
