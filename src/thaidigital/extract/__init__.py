"""Article → records: meetings, agreements, smart-city programs, people.

:func:`~thaidigital.extract` reads an :class:`~thaidigital.Article` sentence by sentence
with rules and vocabulary tables (``extract/_vocabulary.py``) and the
reference data for names. Every value it reads carries an
:class:`~thaidigital.Evidence` span, so ``article.quote(evidence)`` shows the
words it came from. It never invents: a field the text does not state stays
empty.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt

from thaidigital.extract._engine import run
from thaidigital.models import Article, Extraction

__all__ = ["extract"]


def extract(article: Article, *, reference_date: dt.date | None = None) -> Extraction:
    """Read the meetings, agreements, programs and people ``article`` reports.

    Args:
        article: A parsed article.
        reference_date: The day the article appeared, when its text gives no
            date; it resolves yearless and relative dates ("January 16-17").

    Raises:
        TypeError: If ``article`` is not an :class:`~thaidigital.Article`
            (text must go through :func:`~thaidigital.parse_article` first),
            or ``reference_date`` is not a :class:`datetime.date`.

    Example:
        >>> import thaidigital as td
        >>> from thaidigital.extract import extract
        >>> art = td.Article(id="a1", title="ADGMIN", blocks=(td.Paragraph(
        ...     text="The 5th ASEAN Digital Ministerial Meeting took place on "
        ...          "January 16-17 in Bangkok. The Bangkok Digital Declaration "
        ...          "was approved."),))
        >>> ex = extract(art)
        >>> m = ex.meetings[0]
        >>> m.series, m.ordinal, str(m.when), m.place.province
        ('ADGMIN', 5, '2025-01-16/2025-01-17', 'TH-10')
        >>> [(o.action.value, o.document) for o in m.outcomes]
        [('approved', 'Bangkok Digital Declaration')]
        >>> art.quote(next(e for e in m.evidence if e.field == "when"))
        'January 16-17'

        >>> extract("The 5th ASEAN Digital Ministerial Meeting …")
        Traceback (most recent call last):
        ...
        TypeError: extract() reads an Article, not str: parse the text with parse_article() first

    .. versionadded:: 0.1.0
    """
    if not isinstance(article, Article):
        hint = (
            ": parse the text with parse_article() first"
            if isinstance(article, str)
            else ""
        )
        msg = f"extract() reads an Article, not {type(article).__name__}{hint}"
        raise TypeError(msg)
    if reference_date is not None and not isinstance(reference_date, dt.date):
        msg = f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
        raise TypeError(msg)
    return run(article, reference_date)
