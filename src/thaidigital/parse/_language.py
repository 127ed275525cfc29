"""The language an article is written in, from its script."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["script_language"]


def script_language(texts: Iterable[str]) -> str:
    """``"th"`` when most letters are Thai script, else ``"en"``.

    Pages often say nothing of their language, and the two this library
    reads are told apart by their script alone.

    Example:
        >>> script_language(["กระทรวงดิจิทัล signs MoU"]), script_language(["ASEAN"])
        ('th', 'en')
    """
    thai = other = 0
    for text in texts:
        for char in text:
            if "\u0e00" <= char <= "\u0e7f":
                thai += char.isalpha()
            elif char.isalpha():
                other += 1
    return "th" if thai > other else "en"
