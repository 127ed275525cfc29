"""What kind of body block a line is: list item, heading, labelled paragraph.

Also the shapes the parser needs context for: a standfirst (subtitle) and a
caption that is only a person's name.
"""

from __future__ import annotations

import re

from thaidigital.parse._lines import ends_sentence

__all__ = [
    "BULLETS",
    "REPORTING_VERBS",
    "heading_shape",
    "label_of",
    "list_marker",
    "name_words",
    "subtitle_shape",
]

#: Characters that open a bulleted list item when followed by a space.
BULLETS = "•◦▪▫●○‣∙·*-➢➤►▸■□"

#: Variation selectors that may follow a bullet ("▪︎": text, "▪️": emoji).
_VARIATION = "\ufe0e\ufe0f"

#: A "Label: text" lead-in whose label ends with one of these is a quotation
#: ("The minister said: …"), not a label.
REPORTING_VERBS = frozenset(
    {
        "said",
        "says",
        "added",
        "adds",
        "noted",
        "notes",
        "stated",
        "states",
        "told",
        "explained",
        "asked",
        "wrote",
        "writes",
        "reported",
        "announced",
        "declared",
        "stressed",
        "warned",
        "according",
    }
)

_NUMBERED = re.compile(r"(\d{1,3})[.)] (?=\S)")
_LABEL = re.compile(r"([^\W_][^:.!?;,\"“”]{0,58}?): (?=\S)")
_LABEL_MAX_WORDS = 8
_HEADING_MAX_WORDS = 12
_HEADING_MAX_CHARS = 120
_SUBTITLE_MAX_WORDS = 40
_SUBTITLE_MAX_CHARS = 250
_NAME_WORD = re.compile(r"[A-Z][a-z'’.-]*(?:-[A-Z][a-z'’.-]*)?|[A-Z]\.")
_NAME_MIN_WORDS = 2
_NAME_MAX_WORDS = 4


def list_marker(text: str) -> tuple[int, int | None] | None:
    """The length of a line's list marker and its number (``None`` for bullets).

    >>> list_marker("• The MoU"), list_marker("2. The MoU"), list_marker("2.5 m")
    ((2, None), (3, 2), None)
    >>> list_marker("\u25aa\ufe0e The MoU")
    (3, None)
    """
    if len(text) > 2 and text[0] in BULLETS and text[1] == " ":
        return 2, None
    if (
        len(text) > 3
        and text[0] in BULLETS
        and text[1] in _VARIATION
        and text[2] == " "
    ):
        return 3, None  # "▪︎ …": a bullet drawn as text, with its selector
    match = _NUMBERED.match(text)
    if match and int(match[1]) >= 1:
        return match.end(), int(match[1])
    return None


def heading_shape(text: str) -> bool:
    """A short line ending in ":" ("Key discussions and endorsements included:")."""
    return (
        text.endswith(":")
        and len(text) > 1
        and len(text) <= _HEADING_MAX_CHARS
        and text.count(" ") < _HEADING_MAX_WORDS
    )


def label_of(text: str) -> str | None:
    """The lead-in label of "Label: text", or ``None``.

    >>> label_of("Cybersecurity: The ASEAN CERT was acknowledged.")
    'Cybersecurity'
    >>> label_of("The minister said: we will act.") is None
    True
    """
    match = _LABEL.match(text)
    if match is None:
        return None
    label = match[1]
    if label[0].islower() or label != label.strip():
        return None
    words = label.split(" ")
    if len(words) > _LABEL_MAX_WORDS or words[-1].casefold() in REPORTING_VERBS:
        return None
    return label


def subtitle_shape(text: str) -> bool:
    """A standfirst: a plain line that does not end like a sentence."""
    return (
        not ends_sentence(text)
        and not text.endswith(":")
        and len(text) <= _SUBTITLE_MAX_CHARS
        and text.count(" ") < _SUBTITLE_MAX_WORDS
        and list_marker(text) is None
        and label_of(text) is None
    )


def name_words(text: str) -> tuple[str, ...] | None:
    """The words of a line that looks like a person's name, else ``None``.

    >>> name_words("Prasert Chantararuangthong")
    ('Prasert', 'Chantararuangthong')
    >>> name_words("Key discussions") is None
    True
    """
    words = text.split(" ")
    if not _NAME_MIN_WORDS <= len(words) <= _NAME_MAX_WORDS:
        return None
    if not all(_NAME_WORD.fullmatch(w) for w in words) or text.endswith("."):
        return None
    return tuple(words)
