"""Validator factories shared by every model, attrs style.

Each factory returns a small callable with the ``(instance, attribute, value)``
signature attrs expects and a readable ``repr``. None of them looks at
``instance``: the converter runs them one by one on structured values to report
every bad field of a document at once, not only the first.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import attrs

from thaidigital import reference
from thaidigital._errors import InvalidValueError, shown

__all__ = [
    "at_least",
    "between",
    "country_code",
    "distinct",
    "finite",
    "not_blank",
    "optional",
    "province_code",
    "tuple_of",
]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


@attrs.frozen(repr=False)
class _NotBlank:
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"{attr.name} must be a string (got {shown(value)})")
        if not value.strip():
            raise InvalidValueError(attr.name, value, "must not be blank")
        if value != value.strip():
            raise InvalidValueError(
                attr.name,
                value,
                f"must not start or end with whitespace ({shown(value)})",
            )

    def __repr__(self) -> str:
        return "<not_blank validator>"


def not_blank() -> Validator:
    """Refuse a string that is empty, blank, or padded with whitespace."""
    return _NotBlank()


@attrs.frozen(repr=False)
class _Between:
    low: int
    high: int | None

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{attr.name} must be an integer (got {shown(value)})")
        if value < self.low or (self.high is not None and value > self.high):
            bound = (
                f"≥ {self.low}" if self.high is None else f"in {self.low}..{self.high}"
            )
            raise InvalidValueError(attr.name, value, f"{shown(value)} is not {bound}")

    def __repr__(self) -> str:
        return f"<between validator for {self.low}..{self.high or ''}>"


def between(low: int, high: int) -> Validator:
    """Refuse an integer outside ``low..high`` (both included)."""
    return _Between(low, high)


def at_least(low: int) -> Validator:
    """Refuse an integer below ``low``."""
    return _Between(low, None)


#: The bits of the largest integer a float can hold the size of.
_FLOAT_BITS = 1024


@attrs.frozen(repr=False)
class _Finite:
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: float) -> None:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise TypeError(f"{attr.name} must be a number (got {shown(value)})")
        if isinstance(value, int) and value.bit_length() > _FLOAT_BITS:
            # Beyond any float: no figure a text states is this large.
            raise InvalidValueError(
                attr.name, value, f"{shown(value)} is too large for a number"
            )
        if not math.isfinite(value):
            raise InvalidValueError(attr.name, value, f"{shown(value)} is not finite")

    def __repr__(self) -> str:
        return "<finite number validator>"


def finite() -> Validator:
    """Refuse anything but a finite ``int`` or ``float`` (``bool`` is refused)."""
    return _Finite()


@attrs.frozen(repr=False)
class _CountryCode:
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"{attr.name} must be a string (got {shown(value)})")
        if not reference.is_country_code(value):
            hint = ""
            found = reference.get_country(value) or reference.get_country(value.upper())
            if found is not None:
                hint = f" (did you mean {found.code!r}?)"
            raise InvalidValueError(
                attr.name,
                value,
                f"{shown(value)} is not an ISO 3166-1 alpha-2 country code{hint}",
            )

    def __repr__(self) -> str:
        return "<ISO 3166-1 alpha-2 validator>"


def country_code() -> Validator:
    """Refuse a string that is not an upper-case ISO 3166-1 alpha-2 code."""
    return _CountryCode()


@attrs.frozen(repr=False)
class _ProvinceCode:
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"{attr.name} must be a string (got {shown(value)})")
        if not reference.is_province_code(value):
            hint = ""
            found = reference.get_province(value)
            if found is not None:
                hint = f" (did you mean {found.code!r}?)"
            raise InvalidValueError(
                attr.name,
                value,
                f"{shown(value)} is not an ISO 3166-2:TH province code{hint}",
            )

    def __repr__(self) -> str:
        return "<ISO 3166-2:TH validator>"


def province_code() -> Validator:
    """Refuse a string that is not an ISO 3166-2:TH code such as ``"TH-20"``."""
    return _ProvinceCode()


@attrs.frozen(repr=False)
class _Optional:
    inner: Validator

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            self.inner(inst, attr, value)

    def __repr__(self) -> str:
        return f"<optional {self.inner!r}>"


def optional(inner: Validator) -> Validator:
    """Let ``None`` through; check anything else with ``inner``."""
    return _Optional(inner)


@attrs.frozen(repr=False)
class _TupleOf:
    member: type[Any] | tuple[type[Any], ...]
    each: Validator | None

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise TypeError(f"{attr.name} must be a tuple (got {type(value).__name__})")
        for i, item in enumerate(value):
            if not isinstance(item, self.member):
                raise TypeError(
                    f"{attr.name}[{i}] has the wrong type ({type(item).__name__})"
                )
            if self.each is not None:
                try:
                    self.each(inst, attr, item)
                except InvalidValueError as exc:
                    raise InvalidValueError(
                        f"{attr.name}[{i}]", item, exc.problem
                    ) from None

    def __repr__(self) -> str:
        return f"<tuple_of validator for {self.member!r}>"


def tuple_of(
    member: type[Any] | tuple[type[Any], ...], each: Validator | None = None
) -> Validator:
    """Require a tuple whose items are ``member`` instances, each passing ``each``."""
    return _TupleOf(member, each)


@attrs.frozen(repr=False)
class _Distinct:
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        seen: set[Any] = set()
        for i, item in enumerate(value):
            if item in seen:
                raise InvalidValueError(
                    f"{attr.name}[{i}]", item, f"repeats an earlier item ({item!r})"
                )
            seen.add(item)

    def __repr__(self) -> str:
        return "<distinct validator>"


def distinct() -> Validator:
    """Refuse a sequence in which an item repeats."""
    return _Distinct()
