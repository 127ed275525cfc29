"""Small value types: quantities, places, people, organisations, evidence."""

from __future__ import annotations

import enum

import attrs

from thaidigital._errors import InvalidValueError
from thaidigital.models._validators import (
    at_least,
    country_code,
    finite,
    not_blank,
    optional,
    province_code,
)

__all__ = [
    "Country",
    "Evidence",
    "Organization",
    "Party",
    "Person",
    "Place",
    "Quantity",
    "QuantityQualifier",
]


class QuantityQualifier(enum.StrEnum):
    """How a figure relates to the true number ("over 140", "approximately 1.8 million").

    .. versionadded:: 0.1.0
    """

    EXACT = "exact"
    APPROXIMATE = "approximate"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


@attrs.frozen(kw_only=True)
class Quantity:
    """A number as a text states it, with how exact it is and what it counts.

    Attributes:
        value: The number, scale words applied ("1.8 million" is 1_800_000).
        qualifier: Whether the text gave it as exact, approximate, a lower or
            an upper bound.
        unit: What is counted ("people", "cities"), or ``None``.

    Example:
        >>> from thaidigital import Quantity, QuantityQualifier
        >>> q = Quantity(value=140, qualifier=QuantityQualifier.MORE_THAN, unit="members")
        >>> q.qualifier.value
        'more_than'

    .. versionadded:: 0.1.0
    """

    value: int | float = attrs.field(validator=finite())
    qualifier: QuantityQualifier = attrs.field(
        default=QuantityQualifier.EXACT,
        validator=attrs.validators.instance_of(QuantityQualifier),
    )
    unit: str | None = attrs.field(default=None, validator=optional(not_blank()))


@attrs.frozen(kw_only=True)
class Place:
    """A named place, with its Thai province and its country where known.

    Attributes:
        name: The place's name ("Bangkok", "Bali").
        province: Its ISO 3166-2:TH code ("TH-10") when it is in Thailand.
        country: Its ISO 3166-1 alpha-2 code ("ID").

    A place with a province is in Thailand: its country, if given, must be
    ``"TH"``.

    Example:
        >>> from thaidigital import Place
        >>> Place(name="Chiang Mai", province="TH-50", country="TH").province
        'TH-50'
        >>> Place(name="Bali", province="TH-50", country="ID")
        Traceback (most recent call last):
        ...
        thaidigital.InvalidValueError: country: a place in a Thai province is in 'TH', not 'ID'

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=not_blank())
    province: str | None = attrs.field(
        default=None, validator=optional(province_code())
    )
    country: str | None = attrs.field(default=None, validator=optional(country_code()))

    def __attrs_post_init__(self) -> None:
        if self.province is not None and self.country not in (None, "TH"):
            raise InvalidValueError(
                "country",
                self.country,
                f"a place in a Thai province is in 'TH', not {self.country!r}",
            )


@attrs.frozen(kw_only=True)
class Person:
    """A named person, with the role the text gives them.

    Attributes:
        name: The name, in the reference spelling where one is known.
        role: Their role as stated ("Minister of Digital Economy and Society").
        as_written: The spelling in the text, when it differs from ``name``.

    Example:
        >>> from thaidigital import Person
        >>> Person(name="Prasert Jantararuangtong",
        ...        as_written="Prasert Chantararuangthong").as_written
        'Prasert Chantararuangthong'

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=not_blank())
    role: str | None = attrs.field(default=None, validator=optional(not_blank()))
    as_written: str | None = attrs.field(default=None, validator=optional(not_blank()))

    def __attrs_post_init__(self) -> None:
        if self.as_written == self.name:
            raise InvalidValueError(
                "as_written", self.as_written, "repeats name; leave it empty"
            )


@attrs.frozen(kw_only=True)
class Organization:
    """An organisation: a ministry, an agency, a company, a regional body.

    Attributes:
        name: Its full name.
        acronym: Its acronym as commonly written ("DES", "ITU"), or ``None``.
        country: The ISO 3166-1 alpha-2 code of its home country, or ``None``
            for international bodies.

    Example:
        >>> from thaidigital import Organization
        >>> Organization(name="International Telecommunication Union", acronym="ITU").acronym
        'ITU'

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=not_blank())
    acronym: str | None = attrs.field(default=None, validator=optional(not_blank()))
    country: str | None = attrs.field(default=None, validator=optional(country_code()))


@attrs.frozen(kw_only=True)
class Country:
    """A country as a party or participant, by its ISO 3166-1 alpha-2 code.

    Attributes:
        code: The upper-case alpha-2 code ("TH").

    Example:
        >>> from thaidigital import Country
        >>> Country(code="VN").code
        'VN'
        >>> Country(code="UK")
        Traceback (most recent call last):
        ...
        thaidigital.InvalidValueError: code: 'UK' is not an ISO 3166-1 alpha-2 country code (did you mean 'GB'?)

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=country_code())


Party = Country | Organization
"""Who takes part in a meeting or agreement: a country or an organisation."""


@attrs.frozen(kw_only=True)
class Evidence:
    """Where in an article a fact was read: a character span in one block.

    ``article.quote(evidence)`` returns the words. ``field`` names the field of
    the record the span supports, such as ``"when"`` or ``"outcomes[1]"``.

    Attributes:
        block: Index of the block in ``Article.blocks``; ``-1`` is the title.
        start: Offset of the first character, within the block's text.
        end: Offset just past the last character (``end > start``).
        field: The record field this supports, or ``None`` for the whole record.

    Example:
        >>> from thaidigital import Evidence
        >>> Evidence(block=0, start=4, end=11, field="name").end
        11
        >>> Evidence(block=0, start=5, end=5)
        Traceback (most recent call last):
        ...
        thaidigital.InvalidValueError: end: 5 must be greater than start 5

    .. versionadded:: 0.1.0
    """

    block: int = attrs.field(validator=at_least(-1))
    start: int = attrs.field(validator=at_least(0))
    end: int = attrs.field(validator=at_least(1))
    field: str | None = attrs.field(default=None, validator=optional(not_blank()))

    def __attrs_post_init__(self) -> None:
        if self.end <= self.start:
            raise InvalidValueError(
                "end", self.end, f"{self.end} must be greater than start {self.start}"
            )
