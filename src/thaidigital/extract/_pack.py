"""Language packs: the extractor's vocabulary as data files, one folder a language.

``extract/lang/<language>/<table>.csv`` holds one table: a header row, then
one row a phrase. Lines starting with ``#`` are comments (a table's purpose
and its sources). Tables are read once, on first use.
"""

from __future__ import annotations

import csv
import functools
import re
from importlib import resources

__all__ = ["cue_pattern", "rows"]


@functools.cache
def rows(language: str, table: str) -> tuple[dict[str, str], ...]:
    """Every row of one table of one language pack, in file order.

    >>> rows("en", "demonyms")[0]
    {'demonym': 'Thai', 'code': 'TH'}
    """
    path = resources.files("thaidigital.extract") / "lang" / language / f"{table}.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(body))


@functools.cache
def cue_pattern(
    language: str, table: str, cue: str, *, before: str = r"(?<!\w)"
) -> re.Pattern[str]:
    r"""One pattern for the phrases of one cue of a table (column ``cue``),
    longest first, as whole words; a space matches any run of spaces.

    ``before`` is what must come before a phrase: by default no word
    character; ``r"\s+"`` when the phrase follows a name it is matched after.

    >>> bool(cue_pattern("en", "meeting_cues", "held").search("It took  place."))
    True
    """
    phrases = sorted(
        (row["phrase"] for row in rows(language, table) if row["cue"] == cue),
        key=len,
        reverse=True,
    )
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(before + "(?:" + alternation + r")(?!\w)")
