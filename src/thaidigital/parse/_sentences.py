"""Cut a long line into sentences, for pages that arrive without line breaks.

English sentences end at ".", "!" or "?" before a capital, a digit or a
quote, unless the word before the stop is an abbreviation ("Mr.", "Gen.").
Thai writes no full stops: a sentence ends at a space before a word that
opens sentences ("ทั้งนี้", "นอกจากนี้") or before a person's title ("นาย",
"ดร.", but not "นายกรัฐมนตรี"), unless the word before the space goes on
("เปิดเผยว่า", "ร่วมกับ").
A sentence that opens with its scene ("วันนี้ (…) เวลา … ณ …") runs on to its
subject, so the first title after it does not cut it (unless the sentence
would run on too long). A full stop after a
Thai letter marks an abbreviation ("(สวทช.)"), and one between numbers a
broken time ("09. 30 น."); neither ends a sentence. The vocabularies are
tables of the language packs. Pieces too short to stand alone join the
sentence before them. The scan is one pass over the spaces of the line
(linear time).
"""

from __future__ import annotations

import functools

from thaidigital.parse._pack import column
from thaidigital.reference._index import is_thai

__all__ = ["sentence_spans"]

_STOPS = ".!?…"
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
# A piece shorter than this (in characters) joins the sentence before it.
_MIN_CHARS = 40
# A sentence led by its scene is cut after the scene after all when it runs
# longer than this: Thai pages that run sentences together without spaces
# would otherwise make one sentence of the whole page.
_SCENE_MAX_CHARS = 400


@functools.cache
def _openers() -> tuple[str, ...]:
    return tuple(column("sentence_openers", "opener"))


@functools.cache
def _titles() -> tuple[str, ...]:
    return tuple(column("honorifics", "title"))


@functools.cache
def _lookalikes() -> tuple[str, ...]:
    return tuple(column("title_lookalikes", "word"))


def _title_at(text: str, at: int) -> bool:
    """Whether a person's title ("นาย", "ดร.") starts at ``text[at]``."""
    return text.startswith(_titles(), at) and not text.startswith(_lookalikes(), at)


@functools.cache
def _clause_endings() -> tuple[str, ...]:
    return tuple(column("clause_endings", "ending"))


@functools.cache
def _scene_openers() -> tuple[str, ...]:
    return tuple(column("scene_openers", "opener"))


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
        if text[last] == "." and last > 0 and is_thai(text[last - 1]):
            return False  # a Thai abbreviation: "(สวทช.)", "ม.ค."
        if first.isdigit() and _short_number_before(text, last):
            return False  # a broken time or number: "09. 30 น."
        word = text[text.rfind(" ", 0, last) + 1 : last + 1]
        return (
            first.isupper() or first.isdigit() or first in _OPENERS or is_thai(first)
        ) and not _abbreviation(word)
    return (
        is_thai(first)
        and (text.startswith(_openers(), space + 1) or _title_at(text, space + 1))
        and not text.endswith(_clause_endings(), 0, space)
    )


def _short_number_before(text: str, stop: int) -> bool:
    """Whether one or two digits, and no more, stand before ``text[stop]``."""
    digits = 0
    at = stop - 1
    while at >= 0 and text[at].isdigit() and digits < 3:
        digits += 1
        at -= 1
    return 1 <= digits <= 2


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
    >>> scene = ("วันนี้ (1 พฤษภาคม 2568) เวลา 09. 30 น. ณ ทำเนียบรัฐบาล นายสมชาย ใจดี "
    ...          "เปิดเผยว่า นายสมศักดิ์ จะเดินทางไปเยือนต่างประเทศในเดือนหน้า")
    >>> len(sentence_spans(scene))
    1
    """
    spans: list[tuple[int, int]] = []
    start = 0
    # The piece opens with its scene and has not yet met its subject.
    in_scene = text.startswith(_scene_openers())
    # The break held back after a scene, taken after all if no other comes.
    held = -1
    space = text.find(" ")
    while space != -1:
        if held >= 0 and space - start > _SCENE_MAX_CHARS:
            spans.append((start, held))
            start, held = held + 1, -1
        if in_scene and _title_at(text, space + 1):
            in_scene = False
            # Only a scene that could stand alone is worth cutting off later.
            held = space if space - start >= _MIN_CHARS else -1
        elif space - start >= _MIN_CHARS and _ends_here(text, space):
            spans.append((start, space))
            start, held = space + 1, -1
            in_scene = text.startswith(_scene_openers(), start)
        space = text.find(" ", space + 1)
    if held >= 0 and len(text) - start > _SCENE_MAX_CHARS:
        spans.append((start, held))
        start = held + 1
    if start < len(text):
        if spans and len(text) - start < _MIN_CHARS:
            spans[-1] = (spans[-1][0], len(text))
        else:
            spans.append((start, len(text)))
    return spans
