"""Turn a cattrs exception group into ``message @ $.path`` lines for people."""

from __future__ import annotations

from typing import Any

from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from thaidigital._errors import InvalidValueError, ParseError

__all__ = ["describe", "json_type", "problems"]


def json_type(value: object) -> str:
    """Name a Python value by the JSON type it came from (or would go to)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def describe(exc: BaseException) -> str:
    """One short sentence for one leaf exception."""
    if isinstance(exc, InvalidValueError):
        return exc.problem
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ParseError | TypeError | ValueError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"  # pragma: no cover - defensive


def problems(exc: BaseException, path: str = "$") -> list[str]:
    """Every leaf problem under ``exc``, each as ``"message @ path"``."""
    out: list[str] = []
    if isinstance(exc, IterableValidationError):
        for sub in exc.exceptions:
            note = _note(sub, IterableValidationNote)
            sub_path = f"{path}[{note.index!r}]" if note is not None else path
            out.extend(problems(sub, sub_path))
    elif isinstance(exc, ClassValidationError):
        for sub in exc.exceptions:
            note = _note(sub, AttributeValidationNote)
            if isinstance(sub, InvalidValueError):
                # The validator knows the precise place, e.g. "participants[2]".
                out.append(f"{sub.problem} @ {path}.{sub.field}")
            elif note is not None:
                out.extend(problems(sub, f"{path}.{note.name}"))
            else:
                out.extend(problems(sub, path))
    elif isinstance(exc, ForbiddenExtraKeysError):
        out.extend(
            f"unknown field {key!r} @ {path}" for key in sorted(exc.extra_fields)
        )
    elif isinstance(exc, InvalidValueError):
        out.append(f"{exc.problem} @ {path}.{exc.field}")
    else:
        out.append(f"{describe(exc)} @ {path}")
    return out


def _note(exc: BaseException, kind: type[Any]) -> Any:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, kind):
            return note
    return None
