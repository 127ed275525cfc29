"""Input text → non-blank lines with normalised whitespace and input offsets."""

from __future__ import annotations

import re

import attrs

from thaidigital._errors import ParseError

__all__ = [
    "ZERO_WIDTH",
    "Line",
    "check_text",
    "ends_sentence",
    "fold",
    "input_offset",
    "input_offsets",
    "repair_spaces",
    "split_lines",
]

#: Invisible characters deleted outright (Thai web text uses U+200B between
#: words, so turning it into a space would change the text).
ZERO_WIDTH = "\u200b\u2060\ufeff"
_DELETE_ZERO_WIDTH = str.maketrans("", "", ZERO_WIDTH)

# Junk: C0/C1 controls that are not whitespace, and U+FFFD left by a bad decode.
_JUNK_SHARE = 0.1
_JUNK = re.compile("[\x01-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffd]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@attrs.frozen
class Line:
    """One non-blank line: its normalised text and where its content sits."""

    index: int
    start: int
    end: int
    text: str


def check_text(text: object) -> str:
    """Refuse what is not text at all, before any pattern looks at it."""
    if not isinstance(text, str):
        raise ParseError(
            f"expected the article as a str, got {type(text).__name__}; "
            "decode bytes first (e.g. data.decode('utf-8'))"
        )
    if "\x00" in text:
        raise ParseError("input looks like binary data (it contains NUL bytes)")
    if _SURROGATE.search(text):
        raise ParseError(
            "input contains unpaired surrogates; decode it with errors='replace' first"
        )
    junk = len(_JUNK.findall(text))
    visible = len("".join(text.split()))
    if visible and junk > _JUNK_SHARE * visible:
        raise ParseError(
            f"input looks like binary data ({junk} of {visible} visible "
            "characters are control or replacement characters)"
        )
    return text


def _is_blank(char: str) -> bool:
    return char.isspace() or char in ZERO_WIDTH


def split_lines(text: str) -> list[Line]:
    """Split on every line boundary ``str.splitlines`` knows; drop blank lines.

    Each line's text has runs of whitespace (no-break spaces included) turned
    into one space and is stripped; ``start``/``end`` bound its content in
    ``text``.
    """
    lines: list[Line] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        norm = " ".join(raw.translate(_DELETE_ZERO_WIDTH).split())
        if norm:
            lead = 0
            while _is_blank(raw[lead]):
                lead += 1
            trail = len(raw)
            while _is_blank(raw[trail - 1]):
                trail -= 1
            lines.append(Line(len(lines), offset + lead, offset + trail, norm))
        offset += len(raw)
    return lines


def input_offset(text: str, line: Line, k: int) -> int:
    """The offset in ``text`` of the non-space character ``line.text[k]``."""
    remaining = k - line.text.count(" ", 0, k)
    i = line.start
    while True:
        if not _is_blank(text[i]):
            if remaining == 0:
                return i
            remaining -= 1
        i += 1


def input_offsets(text: str, line: Line, ks: list[int]) -> list[int]:
    """:func:`input_offset` of each of the sorted ``ks``, in one pass.

    >>> line = split_lines("  a  b c")[0]
    >>> input_offsets("  a  b c", line, [0, 2, 4])
    [2, 5, 7]
    """
    wanted: list[int] = []
    spaces = done = 0
    for k in ks:
        spaces += line.text.count(" ", done, k)
        done = k
        wanted.append(k - spaces)
    found: list[int] = []
    i, seen = line.start, 0
    while len(found) < len(wanted):
        if not _is_blank(text[i]):
            while len(found) < len(wanted) and wanted[len(found)] == seen:
                found.append(i)
            seen += 1
        i += 1
    return found


_CLOSERS = "\"'”’»)]"
_SENTENCE_END = ".!?…。"


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with terminal punctuation (closing quotes allowed)."""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


_FOLD_EDGES = "_=~ \"'“”‘’«»()[]{}<>|•·*-–—:;,.!?…›»#@/\\"
_FOLD_DROP = str.maketrans("", "", "\"'“”‘’«»")


def fold(text: str) -> str:
    """A key for matching phrases: case folded, quotes and edge punctuation gone."""
    return " ".join(text.casefold().translate(_FOLD_DROP).strip(_FOLD_EDGES).split())


# "Jun 8.Earlier" → "Jun 8. Earlier": a whole token of digits or lower-case
# letters, a full stop, then a capitalised word that ends there. Abbreviations
# ("U.S.Army", "e.g.Foo") and names ("www.Nation.com", "Node.Js") do not fit.
# The lookbehind pins every match to a token start, so the scan is linear.
_MISSING_SPACE = re.compile(
    r"(?<![^\s(])(\d{1,4}|[a-z]{2,})\.([A-Z][a-z]+)(?![\w.@/'’-])"
)


def repair_spaces(text: str) -> str:
    """Insert the space missing after a full stop where that is unambiguous.

    >>> repair_spaces("on Jun 8.Earlier, it said")
    'on Jun 8. Earlier, it said'
    >>> repair_spaces("see www.Nation.com and U.S.Army")
    'see www.Nation.com and U.S.Army'
    """
    if "." not in text:
        return text
    return _MISSING_SPACE.sub(r"\1. \2", text)
