"""Name folding and the indexes behind every lookup.

An :class:`Index` keeps two dictionaries: *exact* keys (codes and short
all-capital acronyms, which clash with ordinary words and so match only as
written) and *folded* keys (every other name, compared after :func:`fold`).
A lookup costs one dictionary probe on each; close-match suggestions are
computed only when both miss.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Generic, TypeVar

from thaidigital._errors import UnknownCodeError

__all__ = [
    "Index",
    "ReferenceDataError",
    "exact_key",
    "fold",
    "is_acronym",
    "is_thai",
]

R = TypeVar("R")

#: A ``difflib`` ratio below this is not offered as a suggestion. Typos of one
#: or two letters score above 0.8; sister names ("Chiang Rai" for a misspelt
#: "Chiang Mai") mostly score below it.
SUGGESTION_CUTOFF = 0.8
MAX_SUGGESTIONS = 3

_LEADING_THE = re.compile(r"^\s*the\s+", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{1,5}")


class ReferenceDataError(ValueError):
    """The packaged reference data contradicts itself (e.g. an ambiguous name)."""


def is_thai(text: str) -> bool:
    """Return whether *text* has a character of the Thai block (U+0E00–U+0E7F)."""
    return any("\u0e00" <= char <= "\u0e7f" for char in text)


#: Texts longer than this are folded without being cached: no name is this
#: long, and a cache of long keys would hold memory the input chose.
_CACHED_CHARS = 256


def fold(text: str) -> str:
    """Reduce *text* to the form names are compared in.

    Results for texts of name length are cached: every kind of lookup folds
    the same text again, and an extractor looks the same phrases up many
    times. Longer texts are folded afresh, so the cache's memory stays
    bounded whatever the input.

    Decompose (NFKD), drop combining marks except Thai ones, casefold, drop a
    leading English "the", then keep only letters, digits and Thai characters.

    Example:
        >>> fold("The Lao P.D.R.")
        'laopdr'
        >>> fold("Việt Nam") == fold("viet-nam") == "vietnam"
        True
    """
    if len(text) > _CACHED_CHARS:
        return _fold(text)
    return _fold_cached(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    unmarked = "".join(
        char
        for char in decomposed
        if "\u0e00" <= char <= "\u0e7f" or not unicodedata.combining(char)
    )
    folded = _LEADING_THE.sub("", unmarked.casefold(), count=1)
    return "".join(
        char for char in folded if char.isalnum() or "\u0e00" <= char <= "\u0e7f"
    )


_fold_cached = functools.lru_cache(maxsize=1 << 16)(_fold)


def exact_key(text: str) -> str:
    """Return the form *text* is matched in against exact keys.

    Surrounding space, a leading "the" and dots go; capitals stay.

    Example:
        >>> exact_key(" the U.S. ")
        'US'
    """
    return _LEADING_THE.sub("", text, count=1).strip().replace(".", "")


def is_acronym(name: str) -> bool:
    """Return whether *name* is an acronym that must match in exact capitals.

    That is one to five upper-case ASCII letters, optionally with dots.

    Example:
        >>> is_acronym("U.S."), is_acronym("ADGMIN"), is_acronym("Depa")
        (True, False, False)
    """
    return _ACRONYM.fullmatch(exact_key(name)) is not None


class Index(Generic[R]):
    """Exact and folded keys of one kind of record.

    Args:
        kind: What the records are ("country", "province", …); used in errors.
        entries: One ``(record, label, codes, names)`` per record. *label* is
            the display name offered as a suggestion; *codes* match only
            exactly; *names* match exactly if :func:`is_acronym` says so, else
            by :func:`fold`.

    Raises:
        ReferenceDataError: If two different records claim the same key.
    """

    __slots__ = ("_exact", "_folded", "_labels", "kind")

    def __init__(
        self,
        kind: str,
        entries: Iterable[tuple[R, str, Iterable[str], Iterable[str]]],
    ) -> None:
        self.kind = kind
        self._exact: dict[str, R] = {}
        self._folded: dict[str, R] = {}
        # Display names by key, for suggestions.
        self._labels: dict[str, str] = {}
        clashes: list[str] = []
        for record, label, codes, names in entries:
            keyed: list[tuple[dict[str, R], str]] = [
                (self._exact, exact_key(code)) for code in codes
            ]
            for name in names:
                if is_acronym(name):
                    keyed.append((self._exact, exact_key(name)))
                elif folded := fold(name):
                    keyed.append((self._folded, folded))
            for table, key in keyed:
                claimed = table.setdefault(key, record)
                if claimed != record:
                    clashes.append(f"{key!r} ({claimed} / {record})")
                self._labels[key] = label
        if clashes:
            msg = f"ambiguous {kind} keys: " + "; ".join(clashes)
            raise ReferenceDataError(msg)

    def find(self, text: str) -> R | None:
        """Return the record *text* names, or ``None``."""
        found = self._exact.get(exact_key(text))
        if found is None:
            found = self._folded.get(fold(text))
        return found

    def lookup(self, text: str) -> R:
        """Return the record *text* names.

        Raises:
            UnknownCodeError: If no record matches; it carries suggestions.
        """
        found = self.find(text)
        if found is None:
            raise UnknownCodeError(self.kind, text, self.suggest(text))
        return found

    def suggest(self, text: str) -> tuple[str, ...]:
        """Return up to three display names close to *text*, best first.

        A code or acronym typed in the wrong case comes first; then names whose
        folded form is close to the folded query by :mod:`difflib`.
        """
        import difflib

        best: dict[str, float] = {}
        upper = exact_key(text).upper()
        if upper in self._exact:
            best[self._labels[upper]] = 2.0  # above any ratio
        query = fold(text)
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(query)
        for key in self._folded if query else ():
            matcher.set_seq1(key)
            if (
                matcher.real_quick_ratio() >= SUGGESTION_CUTOFF
                and matcher.quick_ratio() >= SUGGESTION_CUTOFF
                and (score := matcher.ratio()) >= SUGGESTION_CUTOFF
            ):
                label = self._labels[key]
                best[label] = max(score, best.get(label, 0.0))
        ranked = sorted(best, key=lambda label: (-best[label], label))
        return tuple(ranked[:MAX_SUGGESTIONS])

    def keys(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Return the exact keys and the folded keys (for tests and docs)."""
        return tuple(self._exact), tuple(self._folded)
