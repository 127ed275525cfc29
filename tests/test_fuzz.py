"""Heavy property runs, deselected by default (`-m "not fuzz"` in pytest's
addopts). `.ci/run` runs them with HYPOTHESIS_PROFILE=fuzz under a time
budget; run them yourself with `python -m pytest -m fuzz --no-cov`."""

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

import thaidigital as td
from thaidigital.dates import find_dates
from thaidigital.testing import STRATEGIES, articles, canonical_articles

pytestmark = pytest.mark.fuzz

_PIECES = [
    *"0123456789 -–,.:()'",
    "January",
    "Jan",
    "16",
    "2025",
    "ม.ค.",
    "พ.ศ.",
    "the",
    "and",
    "to",
    "Meeting",
    "5th",
    "ASEAN",
    "signed",
    "between",
    "Thailand",
    "\n",
]
# Text made of date and meeting fragments: near-misses for every pattern.
_NEWSY = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


@given(
    st.sampled_from(list(STRATEGIES)).flatmap(
        lambda cls: st.tuples(st.just(cls), STRATEGIES[cls]())
    )
)
def test_every_model_round_trips(pair):
    """Every model survives dict and JSON, at fuzzing volume."""
    cls, value = pair
    assert value == td.from_json(td.to_json(value), cls)


@given(canonical_articles())
def test_render_parse(article):
    """Canonical articles survive render and parse."""
    assert article == td.parse_article(td.render_article(article))


@given(st.text(max_size=2000) | _NEWSY)
def test_parse_article_total(text):
    """Any text gives an Article or a ParseError, nothing else."""
    with contextlib.suppress(td.ParseError):
        td.parse_article(text)


@given(_NEWSY | st.text(max_size=500))
def test_find_dates_spans(text):
    """Every date found quotes the text exactly."""
    for mention in find_dates(text):
        assert text[mention.start : mention.end] == mention.text


@given(articles())
def test_extract_total(article):
    """Extraction of any article gives valid records whose spans quote it."""
    extraction = td.extract(article)
    for record in (*extraction.meetings, *extraction.agreements, *extraction.programs):
        for evidence in record.evidence:
            article.quote(evidence)
