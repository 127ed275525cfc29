"""Numbers as news writes them: "approximately 1.8 million folks", "over 140"."""

from __future__ import annotations

import re

import attrs

from thaidigital.extract._vocabulary import (
    NUMBER_WORDS,
    PEOPLE_UNITS,
    QUANTITY_QUALIFIERS,
    SCALE_WORDS,
)
from thaidigital.models import Quantity, QuantityQualifier

__all__ = ["NumberMention", "find_numbers"]

_WORDS = "|".join(NUMBER_WORDS)
_QUALIFIER = "|".join(re.escape(word) for word, _ in QUANTITY_QUALIFIERS)
# One number with an optional qualifier before it and scale word after it.
# Linear: each part is a bounded or single-class repetition, no nesting.
_NUMBER = re.compile(
    rf"(?:(?P<qualifier>{_QUALIFIER})\s+)?"
    rf"(?<![\w.,:-])(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<fraction>\d+))?|\b(?P<word>{_WORDS})\b)"
    rf"(?:\s+(?P<scale>{'|'.join(SCALE_WORDS)}))?"
    r"(?![\w%:-]|\.\d|,\d)",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"[A-Z][\w-]*\s$")
_UNIT = re.compile(r"\s+((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)")


@attrs.frozen
class NumberMention:
    """A number found in text, with its qualifier and the words after it."""

    start: int
    end: int
    quantity: Quantity
    unit_text: str


def _qualifier(word: str | None) -> QuantityQualifier:
    if word is None:
        return QuantityQualifier.EXACT
    return dict(QUANTITY_QUALIFIERS)[word.lower()]


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text`` that is a count, not a year or a model name.

    Example:
        >>> [(n.quantity.value, n.quantity.qualifier.value, n.quantity.unit)
        ...  for n in find_numbers("benefit approximately 1.8 million folks")]
        [(1800000, 'approximate', 'people')]
    """
    found = []
    for match in _NUMBER.finditer(text):
        word = match["word"]
        digits = (
            str(NUMBER_WORDS[word.lower()])
            if word
            else match["digits"].replace(",", "")
        )
        value: int | float = int(digits)
        if match["fraction"]:
            value = float(f"{digits}.{match['fraction']}")
        scale = match["scale"]
        if scale:
            value = value * SCALE_WORDS[scale.lower()]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
        elif 1900 <= value <= 2100 and not match["qualifier"]:
            continue  # a year, not a count
        if not match["qualifier"] and _NAME_BEFORE.search(
            text[max(0, match.start() - 40) : match.start()]
        ):
            continue  # part of a name: "Industry 4.0", "Expo 2023"
        unit_match = _UNIT.match(text, match.end())
        unit_text = unit_match.group(1) if unit_match else ""
        head = unit_text.split()[0].lower() if unit_text else ""
        unit = "people" if head in PEOPLE_UNITS else None
        found.append(
            NumberMention(
                match.start(),
                match.end(),
                Quantity(
                    value=value, qualifier=_qualifier(match["qualifier"]), unit=unit
                ),
                unit_text,
            )
        )
    return found
