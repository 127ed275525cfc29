"""Canonical articles: the ones ``render_article`` and ``parse_article`` round-trip.

An article is canonical when its text has the shapes the parser reads back
as the same fields: paragraphs end like sentences (so none reads as a
standfirst or a name caption), only labelled paragraphs contain ": ",
headings are short, end in ":" and are never last, the standfirst does not
end like a sentence or start the headline over (that reads as a copy cut
short), no block repeats the headline, and no line reads as web furniture or
metadata. Metadata without words of its own (date, dateline,
URL, outlet, language, breadcrumbs) can be anything valid: it travels in the
rendered JSON-LD.

Example:
    >>> from hypothesis import given, settings
    >>> from thaidigital.parse import parse_article, render_article
    >>> from thaidigital.testing import canonical_articles
    >>> @settings(max_examples=5)
    ... @given(canonical_articles())
    ... def test_round_trip(article):
    ...     assert parse_article(render_article(article)) == article
    >>> test_round_trip()
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from thaidigital.models import Article, Heading, ListItem, Paragraph
from thaidigital.parse import article_id
from thaidigital.parse._furniture import is_section_label
from thaidigital.parse._headline import overlap_tokens
from thaidigital.testing._strategies import partial_dates, places, texts

__all__ = ["canonical_articles"]

# News words with no furniture, metadata, month or reporting-verb meaning, so
# no sentence built from them reads as a share button, a date or a quotation.
_WORDS = (
    "ministry",
    "minister",
    "digital",
    "economy",
    "society",
    "network",
    "smart",
    "city",
    "cities",
    "province",
    "provinces",
    "agreement",
    "framework",
    "meeting",
    "summit",
    "cooperation",
    "cybersecurity",
    "scams",
    "online",
    "regional",
    "national",
    "delegates",
    "partners",
    "the",
    "a",
    "of",
    "and",
    "in",
    "to",
    "with",
    "for",
    "on",
    "at",
    "will",
    "was",
    "were",
    "approved",
    "endorsed",
    "signed",
    "joined",
    "cross-border",
    "infrastructure",
    "ambassadors",
    "Thailand",
    "ASEAN",
    "Bangkok",
    "Chiang",
    "Mai",
    "Japan",
    "DES",
    "Việt",
    "Hà",
    "Nội",
    "São",
    "café",
    "ประเทศไทย",
    "ดิจิทัล",
    "เศรษฐกิจ",
    "การประชุม",
    "อาเซียน",
    "เมืองอัจฉริยะ",
)
_SENTENCE_ENDS = (".", ".", ".", "!", "?")

_word = st.sampled_from(_WORDS)


def _capitalised(words: list[str]) -> str:
    first = words[0][:1].upper() + words[0][1:]
    return " ".join([first, *words[1:]])


def _phrase(min_words: int, max_words: int) -> st.SearchStrategy[str]:
    """Words without punctuation, the first capitalised."""
    return st.lists(_word, min_size=min_words, max_size=max_words).map(_capitalised)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(_word, min_size=2, max_size=10))
    if len(words) > 3 and draw(st.booleans()):
        # A comma inside, as prose has.
        words[1] += ","
    return _capitalised(words) + draw(st.sampled_from(_SENTENCE_ENDS))


def _sentences(max_count: int = 3) -> st.SearchStrategy[str]:
    return st.lists(_sentence(), min_size=1, max_size=max_count).map(" ".join)


_LABELS = _phrase(1, 4).filter(lambda label: len(label) <= 50)


@st.composite
def _paragraph(draw: st.DrawFn) -> Paragraph:
    text = draw(_sentences())
    if draw(st.integers(0, 3)) == 0:
        label = draw(_LABELS)
        return Paragraph(text=f"{label}: {text}", label=label)
    return Paragraph(text=text)


_headings = _phrase(1, 8).map(lambda words: Heading(text=words + ":"))
_list_items = st.builds(
    ListItem, text=_sentences(2), number=st.none() | st.integers(1, 999)
)


@st.composite
def _blocks(draw: st.DrawFn) -> tuple[Paragraph | Heading | ListItem, ...]:
    blocks = draw(
        st.lists(
            st.one_of(_paragraph(), _paragraph(), _headings, _list_items),
            min_size=1,
            max_size=8,
        )
    )
    if isinstance(blocks[-1], Heading):
        # A heading introduces what follows; give the last one something.
        blocks.append(draw(_paragraph()))
    return tuple(blocks)


_source_tags = st.from_regex(
    r"[A-Z]{2,5}|[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8})?", fullmatch=True
)
_tags = _phrase(1, 3)
_urls = st.from_regex(r"https://example\.org/[a-z0-9-]{1,20}", fullmatch=True)


def _title_words(blocks: tuple[Paragraph | Heading | ListItem, ...]) -> list[str]:
    """The body's words a headline can share with it: one overlap token each."""
    words = {w.strip(".,!?:") for b in blocks for w in b.text.split(" ")} - {""}
    return sorted(w for w in words if len(overlap_tokens(w)) == 1)


@st.composite
def canonical_articles(draw: st.DrawFn) -> Article:
    """Articles that ``parse_article(render_article(a)) == a`` holds for.

    The ``id`` is :func:`thaidigital.parse.article_id` of the article, as
    ``parse_article`` sets it.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import canonical_articles
        >>> @settings(max_examples=3)
        ... @given(canonical_articles())
        ... def check(article):
        ...     assert article.id.startswith("art-") and article.blocks
        >>> check()

    .. versionadded:: 0.1.0
    """
    # A headline shares its words with its story, as real ones do: the parser
    # tells a headline from a site's slogan or menu by that (see
    # parse_article). So a canonical title is made of the body's words, and
    # a body with none to give ("The ประเทศไทย.") is not canonical.
    blocks = draw(_blocks().filter(lambda bs: bool(_title_words(bs))))
    shared = _title_words(blocks)
    # A title or standfirst of section words only ("Digital economy") above a
    # headline-like line reads as the page's section, so canonical ones avoid it.
    title = draw(
        st.lists(st.sampled_from(shared), min_size=2, max_size=10)
        .map(_capitalised)
        .filter(lambda t: not is_section_label(t))
        .filter(lambda t: all(b.text.casefold() != t.casefold() for b in blocks))
    )
    key = title.casefold()
    # A standfirst that starts the headline over and stops short of it reads
    # as a copy of the headline cut short, as pages print one, so it is
    # dropped; canonical ones say something else.
    subtitle = draw(
        st.none()
        | _phrase(3, 15).filter(
            lambda s: not key.startswith(s.casefold()) and not is_section_label(s)
        )
    )
    article = Article(
        id="-",
        title=title,
        subtitle=subtitle,
        published=draw(st.none() | partial_dates()),
        dateline=draw(st.none() | places()),
        byline=draw(st.none() | _phrase(1, 4).map(str.title)),
        url=draw(st.none() | _urls),
        outlet=draw(st.none() | texts(3)),
        read_minutes=draw(st.none() | st.integers(1, 999)),
        blocks=blocks,
        breadcrumbs=tuple(draw(st.lists(texts(3), max_size=4))),
        tags=tuple(draw(st.lists(_tags, max_size=4))),
        source_tags=tuple(draw(st.lists(_source_tags, max_size=2))),
        language=draw(st.sampled_from(("en", "th"))),
    )
    return attrs.evolve(article, id=article_id(article))
