"""Hypothesis strategies for every thaidigital model, for your own tests.

Importing this module needs ``hypothesis`` (``pip install thaidigital[test]``);
the rest of the library does not. Strategies are built bottom-up: leaf values
(codes sampled from the reference data, partial dates, Thai and English text),
then one strategy per model. :func:`register_type_strategies` makes
``st.from_type`` use them.

Example:
    >>> from hypothesis import given
    >>> import thaidigital as td
    >>> from thaidigital.testing import meetings
    >>> @given(meetings())
    ... def test_round_trip(meeting):
    ...     assert td.from_json(td.to_json(meeting), td.Meeting) == meeting
    >>> test_round_trip()
"""

from thaidigital.testing._canonical import canonical_articles
from thaidigital.testing._strategies import (
    STRATEGIES,
    agreements,
    articles,
    blocks,
    countries,
    country_codes,
    date_ranges,
    evidence,
    extractions,
    figures,
    meetings,
    memberships,
    organizations,
    outcomes,
    partial_dates,
    parties,
    people,
    places,
    programs,
    province_codes,
    quantities,
    record_ids,
    register_type_strategies,
    texts,
)

__all__ = [
    "STRATEGIES",
    "agreements",
    "articles",
    "blocks",
    "canonical_articles",
    "countries",
    "country_codes",
    "date_ranges",
    "evidence",
    "extractions",
    "figures",
    "meetings",
    "memberships",
    "organizations",
    "outcomes",
    "partial_dates",
    "parties",
    "people",
    "places",
    "programs",
    "province_codes",
    "quantities",
    "record_ids",
    "register_type_strategies",
    "texts",
]
