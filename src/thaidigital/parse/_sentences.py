"""Cut a long line into sentences, for pages that arrive without line breaks.

English sentences end at ".", "!" or "?" before a capital, a digit or a
quote, unless the word before the stop is an abbreviation ("Mr.", "Gen.").
Thai writes no full stops: a sentence ends at a space before a word that
opens sentences ("ทั้งนี้", "นอกจากนี้") or before a person's title ("นาย",
"ดร."). Both vocabularies are tables of the language packs. Pieces too short
to stand alone join the sentence before them. The scan is one pass over the
spaces of the line (linear time).
"""

from __future__ import annotations

import functools

from thaidigital.parse._pack import column

__all__ = ["sentence_spans"]

_STOPS = ".!?…"
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
# A piece shorter than this (in characters) joins the sentence before it.
_MIN_CHARS = 40


def _is_thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


@functools.cache
def _thai_starts() -> tuple[str, ...]:
    return tuple(column("sentence_openers", "opener") | column("honorifics", "title"))


def _abbreviation(word: str) -> bool:
    return word.casefold().strip(_OPENERS).rstrip(".") in column(
        "abbreviations", "word"
    ) or (len(word) == 2 and word[0].isupper())


def _ends_here(text: str, space: int) -> bool:
    """Whether a sentence ends at the space ``text[space]``.

    Reads only the word before and the start of the word after, by index:
    slicing the whole line at every space would make the scan quadratic.
    """
    last = space - 1
    while last >= 0 and text[last] in _CLOSERS:
        last -= 1
    if last < 0 or space + 1 >= len(text):
        return False
    first = text[space + 1]
    if text[last] in _STOPS:
        word = text[text.rfind(" ", 0, last) + 1 : last + 1]
        return (
            first.isupper() or first.isdigit() or first in _OPENERS or _is_thai(first)
        ) and not _abbreviation(word)
    return _is_thai(first) and text.startswith(_thai_starts(), space + 1)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each sentence of a one-space-normalised line.

    >>> line = ("Mr. Somchai opened the digital forum in Bangkok. It ran for two "
    ...         "days. Next came a meeting in Jakarta on the rules for data.")
    >>> for a, b in sentence_spans(line):
    ...     print(line[a:b])
    Mr. Somchai opened the digital forum in Bangkok.
    It ran for two days. Next came a meeting in Jakarta on the rules for data.
    >>> thai = "รัฐมนตรีเปิดการประชุมเรื่องเศรษฐกิจดิจิทัลที่กรุงเทพฯ ทั้งนี้ ที่ประชุมเห็นชอบแผนงานของอาเซียนร่วมกัน"
    >>> len(sentence_spans(thai))
    2
    """
    spans: list[tuple[int, int]] = []
    start = 0
    space = text.find(" ")
    while space != -1:
        if space - start >= _MIN_CHARS and _ends_here(text, space):
            spans.append((start, space))
            start = space + 1
        space = text.find(" ", space + 1)
    if start < len(text):
        if spans and len(text) - start < _MIN_CHARS:
            spans[-1] = (spans[-1][0], len(text))
        else:
            spans.append((start, len(text)))
    return spans
