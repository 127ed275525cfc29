"""The language an article is written in, from its script."""

from __future__ import annotations

import re
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
    # Counted by the regex engine over all the text at once, not by a Python
    # loop over characters or lines.
    joined = "\n".join(texts)
    thai = sum(map(len, _THAI_LETTERS.findall(joined)))
    letters = sum(map(len, _LETTERS.findall(joined)))
    return "th" if thai > letters - thai else "en"


#: Runs of the letters of the Thai block (str.isalpha() is true of these).
_THAI_LETTERS = re.compile("[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46]+")
#: Runs of letters: word characters that are neither digits nor "_".
_LETTERS = re.compile(r"[^\W\d_]+")
