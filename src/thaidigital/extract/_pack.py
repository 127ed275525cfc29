"""Language packs: the extractor's vocabulary as data files, one folder a language.

``extract/lang/<language>/<table>.csv`` holds one table: a header row, then
one row a phrase. Lines starting with ``#`` are comments (a table's purpose
and its sources). Tables are read once, on first use.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources

__all__ = ["rows"]


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
