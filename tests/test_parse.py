"""``thaidigital.parse``: raw article text → ``Article``, and back."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thaidigital import (
    Article,
    Heading,
    ListItem,
    Paragraph,
    ParseError,
    PartialDate,
    Place,
)
from thaidigital.parse import (
    DateSource,
    DroppedLine,
    DropReason,
    MetadataSpan,
    ParseReport,
    article_id,
    parse_article,
    parse_article_report,
    render_article,
)
from thaidigital.parse._furniture import PHRASES, furniture_reason
from thaidigital.parse._headline import slug_tokens
from thaidigital.parse._lines import ZERO_WIDTH, repair_spaces
from thaidigital.parse._metadata import read_dated_line
from thaidigital.parse._sentences import sentence_spans
from thaidigital.testing._canonical import canonical_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_TEXTS = tuple(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))

# Real furniture, as pages leave it, to glue into articles.
FURNITURE = (
    'Press "Enter" to skip to content',
    "Skip to main content",
    "Notify of",
    "Inline Feedbacks",
    "View all comments",
    "Share on Facebook",
    "Facebook Twitter LINE",
    "1.2K",
    "345 views",
    "IMG_2041.jpg",
    "Photo: NNT",
    "Image by Reuters",
    "Listen to this article",
    "00:00 / 03:12",
    "Subscribe to our newsletter for the latest news",
    "We use cookies to improve your experience.",
    "Advertisement",
    "© 2025 Nation Group. All rights reserved.",
    '{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}',
    "Popular articles",
    "Read more: Thailand joins the network",
    "* * *",
    "2 min read",
    "By National News Bureau of Thailand",
    "Tags: ASEAN, digital",
    "(NNT)",
    "22 January 2025",
    "\u00a0\u00a0\u00a0",
    "Prasert Chantararuangthong",
)


def _visible(text: str) -> str:
    return "".join(c for c in text if not (c.isspace() or c in ZERO_WIDTH))


def assert_accounted(text: str, report: ParseReport) -> None:
    """Every visible character is in the article's text or in exactly one span."""
    pieces: list[DroppedLine | MetadataSpan] = [*report.dropped, *report.metadata]
    spans = sorted((s.start, s.end) for s in pieces)
    outside = []
    at = 0
    for start, end in spans:
        assert at <= start < end <= len(text), "spans overlap or leave the text"
        outside.append(text[at:start])
        at = end
    outside.append(text[at:])
    art = report.article
    kept = [art.title, art.subtitle or "", *(b.text for b in art.blocks)]

    assert _visible("".join(outside)) == _visible("".join(kept))
    for span in pieces:
        assert text[span.start : span.end] == span.text


def _article(*blocks: Paragraph | Heading | ListItem, **fields: Any) -> Article:
    """An article with these blocks and fields, its id set as parsing sets it."""
    art = Article(id="-", title=fields.pop("title", "Title"), blocks=blocks, **fields)
    return attrs.evolve(art, id=article_id(art))


class TestRoundTrip:
    """``parse_article(render_article(a)) == a`` for canonical articles."""

    @settings(max_examples=50)
    @given(canonical_articles())
    def test_canonical_articles_round_trip(self, article: Article) -> None:
        """Rendering then parsing gives back an equal article, losing nothing."""
        text = render_article(article)
        report = parse_article_report(text)

        assert article == report.article
        assert text == render_article(report.article)
        assert_accounted(text, report)

    def test_render_layout(self) -> None:
        """Metadata with words comes as lines; the rest as one JSON-LD line."""
        art = _article(
            Heading(text="Outcomes:"),
            ListItem(text="A report.", number=1),
            ListItem(text="A checklist.", number=2),
            Paragraph(text="Note: it ended.", label="Note"),
            title="ADGMIN meets",
            subtitle="Ministers agree",
            read_minutes=3,
            byline="NNT Staff",
            published=PartialDate(year=2025, month=1, day=17),
            dateline=Place(name="Bangkok", province="TH-10", country="TH"),
            url="https://example.org/a",
            outlet="NNT",
            breadcrumbs=("Home", "News"),
            tags=("ASEAN", "digital"),
            source_tags=("NNT",),
            language="th",
        )
        lines = render_article(art).split("\n\n")

        assert [
            "ADGMIN meets",
            "Ministers agree",
            "3 min read",
            "By NNT Staff",
            "Outcomes:",
            "1. A report.\n2. A checklist.",
            "Note: it ended.",
            "(NNT)",
            "Tags: ASEAN, digital",
        ] == lines[:-1]
        graph = json.loads(lines[-1])["@graph"]
        assert {
            "@type": "NewsArticle",
            "datePublished": "2025-01-17",
            "locationCreated": {
                "@type": "Place",
                "name": "Bangkok",
                "address": {
                    "@type": "PostalAddress",
                    "addressRegion": "TH-10",
                    "addressCountry": "TH",
                },
            },
            "url": "https://example.org/a",
            "publisher": {"@type": "Organization", "name": "NNT"},
            "inLanguage": "th",
        } == graph[0]
        assert ["Home", "News"] == [i["name"] for i in graph[1]["itemListElement"]]
        assert art == parse_article(render_article(art))

    def test_json_ld_stays_on_one_line(self) -> None:
        """Line separators inside metadata are escaped in the JSON-LD line."""
        art = _article(Paragraph(text="Body."), outlet="A\u2028B\x85C")
        text = render_article(art)

        assert 3 == len(text.split("\n\n"))
        assert "A B C" == parse_article(text).outlet


class TestAnyText:
    """For any text, ``parse_article`` returns an Article or raises ParseError."""

    @given(st.text(max_size=300))
    def test_random_text(self, text: str) -> None:
        """Random text never raises anything but ParseError, and loses nothing."""
        try:
            report = parse_article_report(text)
        except ParseError:
            return
        assert_accounted(text, report)

    @given(
        st.lists(
            st.sampled_from(FURNITURE)
            | st.text(alphabet=" \u00a0\t\n•-:.()[]{}\"'1Aa", max_size=20),
            max_size=12,
        ).map("\n".join)
    )
    def test_near_furniture(self, text: str) -> None:
        """Furniture, punctuation and whitespace in any order."""
        try:
            report = parse_article_report(text)
        except ParseError:
            return
        assert_accounted(text, report)

    @settings(max_examples=60)
    @given(
        st.sampled_from(SEED_TEXTS),
        st.lists(st.tuples(st.floats(0, 1), st.sampled_from(FURNITURE)), max_size=6),
    )
    def test_furniture_glued_into_seeds(
        self, seed: str, glue: list[tuple[float, str]]
    ) -> None:
        """Seeds with furniture glued in anywhere still parse, losing nothing."""
        text = seed
        for where, piece in glue:
            at = int(where * len(text))
            text = text[:at] + piece + text[at:]

        try:
            report = parse_article_report(text)
        except ParseError:  # pragma: no cover - a seed keeps its body
            pytest.fail("a seed article with furniture glued in was refused")
        assert_accounted(text, report)

    @settings(max_examples=40)
    @given(
        st.sampled_from(SEED_TEXTS),
        st.lists(st.tuples(st.floats(0, 1), st.sampled_from(FURNITURE)), max_size=6),
    )
    def test_furniture_lines_do_not_change_the_article(
        self, seed: str, glue: list[tuple[float, str]]
    ) -> None:
        """Furniture on lines of its own, between lines, is simply dropped."""
        droppable = [p for _, p in glue if furniture_reason(p.strip()) is not None]
        lines = seed.split("\n")
        for index, piece in enumerate(droppable):
            lines.insert(1 + (index * 7) % (len(lines) - 1), piece)

        assert parse_article(seed) == parse_article("\n".join(lines))

    @pytest.mark.usefixtures("untraced")
    def test_adversarial_megabyte_is_fast(self) -> None:
        """1 MB of near-matches for every pattern parses in linear time."""
        unit = (
            "Share Share Share Share\n"
            '{"a":[{"a":[1,\n'
            "[[[[[[[[[[\n"
            "1.1.1.1.1.1.1.1.1.1.1.1K\n"
            "Photo Photo Photo Photo\n"
            "BANGKOK BANGKOK BANGKOK, 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1\n"
            "a.Aa.Aa.Aa.Aa.Aa.Aa.Aa.Aa.Aa.Aa.Aa.Aa.Aa.Aa\n"
            "Label Label Label Label Label Label Label Label Label:Label\n"
            "((((((((((((((((((((((NNT)))))))))))))))))\n"
            "By By By By By By By By By By By By By By By By\n"
            "\u00a0 \u00a0 \u00a0 \u00a0 \u00a0\n\n\n\n"
            "Prasert Chan Prasert Chan\n"
            "• • • • • • • • • • • • • • • • • •\n"
            "Tags: , , , , , , , , , , , ,\n"
            "Home › Home › Home › Home ›\n"
        )
        text = unit * (1_000_000 // len(unit))
        one_line = ("a." * 100_000) + (" (" * 100_000) + ("Label " * 50_000)

        started = time.perf_counter()
        parse_article_report(text)
        parse_article_report("Title\n" + one_line + ".")
        elapsed = time.perf_counter() - started

        assert elapsed < 10


class TestErrors:
    """Input that is not an article raises ParseError with a clear message."""

    @pytest.mark.parametrize("text", ["", "   \n\u00a0\n\t", "\u200b\ufeff"])
    def test_empty(self, text: str) -> None:
        """Empty or blank input says so."""
        with pytest.raises(ParseError, match="input is empty"):
            parse_article(text)

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("PK\x03\x04\x14\x00\x06\x00", "NUL bytes"),
            ("\x01\x02\x03\x04abcdef", "binary data"),
            ("abc\ud800def", "unpaired surrogates"),
        ],
    )
    def test_binary_junk(self, text: str, message: str) -> None:
        """Binary data is refused before any pattern looks at it."""
        with pytest.raises(ParseError, match=message):
            parse_article(text)

    def test_not_a_string(self) -> None:
        """Bytes must be decoded first."""
        with pytest.raises(ParseError, match="decode bytes first"):
            parse_article(b"Title\nBody.")  # type: ignore[arg-type]

    def test_furniture_only(self) -> None:
        """A page of furniture names what it found."""
        with pytest.raises(ParseError, match=r"all 3 non-blank .*2 comment_widget"):
            parse_article("Notify of\n\nSkip to content\nView all comments")

    def test_metadata_only(self) -> None:
        """A date line and a read time are not an article."""
        with pytest.raises(ParseError, match="metadata only"):
            parse_article("22 January 2025\n2 min read")

    def test_headline_only(self) -> None:
        """A headline without a body is an article with no blocks, not an error."""
        art = parse_article("Title\nShare\nTitle")

        assert ("Title", ()) == (art.title, art.blocks)

    @pytest.mark.parametrize(
        "kwargs",
        [{"url": 3}, {"outlet": b"x"}, {"reference_date": "2025-01-01"}],
    )
    def test_bad_arguments(self, kwargs: dict[str, object]) -> None:
        """Arguments of the wrong type raise ParseError too."""
        with pytest.raises(ParseError, match="must be a"):
            parse_article("Title\nBody.", **kwargs)  # type: ignore[arg-type]


class TestFurniture:
    """Every furniture phrase is dropped with its reason and its span."""

    @pytest.mark.parametrize(
        ("phrase", "reason"),
        [(p, r) for r, phrases in PHRASES.items() for p in phrases],
    )
    def test_phrase_table(self, phrase: str, reason: DropReason) -> None:
        """Each phrase, capitalised and punctuated as pages do, is its reason."""
        assert reason == furniture_reason(phrase.title() + ":")

    @pytest.mark.parametrize(
        ("line", "reason"),
        [
            ("Press “Enter” to skip to content", DropReason.SKIP_LINK),
            ("Facebook | Twitter | LINE | Email", DropReason.SHARE),
            ("1,234", DropReason.COUNTER),
            ("12K shares", DropReason.COUNTER),
            ("views 3.4M", DropReason.COUNTER),
            ("01:23 / 04:56", DropReason.AUDIO_PLAYER),
            ("DSC_0042.JPG", DropReason.IMAGE_FILE),
            ("cover.webp?w=800", DropReason.IMAGE_FILE),
            ("Photo: Government House", DropReason.IMAGE_CREDIT),
            ("(Photo by NNT)", DropReason.IMAGE_CREDIT),
            ("File photo - Reuters", DropReason.IMAGE_CREDIT),
            ("Courtesy of the ministry", DropReason.IMAGE_CREDIT),
            ("© Bangkok Post", DropReason.COPYRIGHT),
            ("Copyright 2025 NNT", DropReason.COPYRIGHT),
            ("NNT 2025. All rights reserved.", DropReason.COPYRIGHT),
            ("Sign up for our free weekly newsletter", DropReason.NEWSLETTER),
            (
                "This website uses cookies to give you the best",
                DropReason.COOKIE_BANNER,
            ),
            ("Read more: ASEAN meets in Bangkok", DropReason.RELATED_ARTICLES),
            ("* * *", DropReason.DECORATION),
            ("|", DropReason.DECORATION),
            ("Today: 48", DropReason.COUNTER),
            ("Heute 48", DropReason.COUNTER),
            ("Insgesamt 1204455", DropReason.COUNTER),
            ("ผู้เข้าชม 1,204", DropReason.COUNTER),
            ("This article is more than 3 years old", DropReason.NOTICE),
            ("This article is more than 1 month old", DropReason.NOTICE),
        ],
    )
    def test_patterns(self, line: str, reason: DropReason) -> None:
        """Patterned furniture is recognised."""
        assert reason == furniture_reason(line)

    @pytest.mark.parametrize(
        "line",
        [
            "The ministry shared its plan.",
            "Photos of the summit were published on the ministry's page and "
            "in the press, and officials said more would follow soon in the "
            "coming weeks after the meeting ended with every delegation.",
            "By 2030 Thailand aims to lead.",
            "Home to 1.8 million people.",
            "Line 5 opens next year.",
        ],
    )
    def test_prose_is_not_furniture(self, line: str) -> None:
        """Prose that merely starts like furniture is kept."""
        assert furniture_reason(line) is None

    def test_an_age_notice_above_the_headline_is_no_title(self) -> None:
        """A notice that the page is old ("This article is more than 2 years
        old") sits above some headlines; it is dropped, and the headline is
        the title."""
        text = (
            "This article is more than 2 years old\n"
            "Port operator plans a data hub with a telecom group\n"
            "A port operator and a telecom group plan a data hub in the east."
        )
        report = parse_article_report(text)

        assert "Port operator plans a data hub with a telecom group" == (
            report.article.title
        )
        assert [DropReason.NOTICE] == [d.reason for d in report.dropped]
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        "line",
        ["This article is more than enough", "This article is more than 2 pages long"],
    )
    def test_an_age_notice_needs_its_whole_phrase(self, line: str) -> None:
        """Only the whole notice, with its number, is furniture."""
        assert furniture_reason(line) is None

    @pytest.mark.parametrize(
        "line", ["Total 5 billion baht", "Today 3 ministers met", "Online 24 hours"]
    )
    def test_counter_words_with_more_words_are_prose(self, line: str) -> None:
        """A counter is one word and a number; more words make prose."""
        assert furniture_reason(line) is None

    def test_visitor_counter_above_the_story_is_no_headline(self) -> None:
        """A site's visitor counter ("Today 12", "Yesterday 340") is dropped as
        counters; the headline below it is the title."""
        text = (
            "Today 12\nYesterday 340\nTotal 1209987\n"
            "Cities win smart city labels from the digital agency\n"
            "Fifteen cities won smart city labels from the digital agency this week."
        )
        report = parse_article_report(text)

        assert (
            "Cities win smart city labels from the digital agency"
            == report.article.title
        )
        assert [DropReason.COUNTER] * 3 == [d.reason for d in report.dropped]
        assert_accounted(text, report)

    def test_share_widget_one_button_a_line(self) -> None:
        """A share widget printed one button a line, services we do not know
        among them, is dropped; the story's first sentence is the title."""
        buttons = ["- Like", "- Digg", "- Tumblr", "- Kwikshare", "- Gmail", "- Viber"]
        story = (
            "The agency and a local college signed a pact to train staff for "
            "online trade. The college will open a digital faculty next year."
        )
        text = "\n".join([*buttons, "- Comments", story])
        report = parse_article_report(text)

        assert report.title_inferred
        assert report.article.title.startswith("The agency and a local college")
        assert [DropReason.SHARE] * 6 == [
            d.reason for d in report.dropped if d.text in buttons
        ]
        assert_accounted(text, report)

    def test_short_lines_around_share_names_stay(self) -> None:
        """Two share names are no widget, and short lines outside a run of
        names are not buttons."""
        text = "Regions\nFacebook\nLine\nCities sign a data pact\nBody text."
        report = parse_article_report(text)

        assert not any(d.reason is DropReason.SHARE for d in report.dropped)

    @pytest.mark.parametrize(
        "credit",
        ["Staff writer, with CNA", "Staff Reporter", "Lee Mei / Staff reporter"],
    )
    def test_staff_credit_is_the_byline(self, credit: str) -> None:
        """A staff credit above the story is its byline, not its headline."""
        story = (
            "Two research agencies signed a pact to work on new uses of chips, "
            "the institute said in a statement on Monday."
        )
        report = parse_article_report(f"{credit}\n\n{story}\n\nMore to come.")

        assert credit == report.article.byline
        assert report.article.title.startswith("Two research agencies")

    @pytest.mark.parametrize("rule", ["________", "=== ", "~~~~", "***"])
    def test_rule_glued_before_the_text_is_decoration(self, rule: str) -> None:
        """A drawn rule glued before a page's only paragraph is dropped as
        decoration; the inferred title starts with the words."""
        text = (
            f"{rule}เมื่อวันที่ 3 มีนาคม 2567 มหาวิทยาลัยลงนามความร่วมมือกับบริษัทเทคโนโลยี"
            "  ทั้งสองฝ่ายจะพัฒนาหลักสูตรด้านข้อมูลร่วมกัน"
        )
        report = parse_article_report(text)

        assert report.article.title.startswith("เมื่อวันที่")
        assert [(DropReason.DECORATION, rule.strip())] == [
            (d.reason, d.text) for d in report.dropped
        ]
        assert_accounted(text, report)

    @pytest.mark.parametrize("line", ["________", "=====", "~~~"])
    def test_a_rule_alone_is_decoration(self, line: str) -> None:
        """A line drawn only of underscores, equals signs or tildes is decoration."""
        assert DropReason.DECORATION == furniture_reason(line)

    def test_drop_spans_are_in_the_original_input(self) -> None:
        """Spans point into the text as given, no-break spaces and all."""
        text = "Title\n\u00a0 Share on\u00a0Facebook \u00a0\nBody."
        (dropped,) = parse_article_report(text).dropped

        assert (8, 25, DropReason.SHARE) == (dropped.start, dropped.end, dropped.reason)
        assert "Share on\u00a0Facebook" == dropped.text

    def test_related_list_after_the_body_is_dropped(self) -> None:
        """A "popular articles" list at the end goes, line by line."""
        text = (
            "Title\nThe meeting in Bangkok endorsed five documents and approved "
            "two agreements on digital cooperation.\nPopular Articles\n"
            "Thailand joins smart city network\nASEAN ministers meet\n"
        )
        report = parse_article_report(text)

        assert 1 == len(report.article.blocks)
        assert [DropReason.RELATED_ARTICLES] * 3 == [d.reason for d in report.dropped]

    def test_related_list_ends_at_prose(self) -> None:
        """Prose after a related list is article again."""
        prose = (
            "The ministers then agreed to meet again next year in Vietnam to "
            "review what the region had achieved."
        )
        text = f"Title\n{prose}\nRelated\nA headline\n{prose}"

        assert 2 == len(parse_article(text).blocks)

    def test_related_heading_before_the_body_is_only_a_line(self) -> None:
        """A "Latest" menu above the headline does not swallow the headline."""
        art = parse_article("Latest\nASEAN meets in Bangkok\nBody text.")

        assert "ASEAN meets in Bangkok" == art.title

    def test_later_headline_copies_are_dropped(self) -> None:
        """Copies of the headline (any case) are caption residue."""
        report = parse_article_report("ASEAN Meets\nBody.\nasean meets\nMore.")

        assert 2 == len(report.article.blocks)
        assert [DropReason.REPEATED_HEADLINE] == [d.reason for d in report.dropped]

    def test_name_caption_needs_the_name_in_the_text(self) -> None:
        """A name-only line is a caption only if the article names that person."""
        named = "Title\nIntro.\nSomchai Jaidee\nSomchai Jaidee said so.\nEnd."
        unnamed = "Title\nIntro.\nSmart Cities\nThe network grew.\nEnd."

        assert [DropReason.PERSON_CAPTION] == [
            d.reason for d in parse_article_report(named).dropped
        ]
        assert Paragraph(text="Smart Cities") == parse_article(unnamed).blocks[1]

    def test_multiline_json_ld(self) -> None:
        """Pretty-printed JSON-LD is one dropped span; its breadcrumbs are read."""
        blob = json.dumps(
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"position": 2, "item": {"name": "News"}},
                    {"position": "1", "name": "Home"},
                    {"item": "https://example.org/no-name"},
                ],
            },
            indent=2,
        )
        text = f"Title\nBody.\n{blob}\n{{not json\n[1, 2] trailing\n"
        report = parse_article_report(text)

        assert ("Home", "News") == report.article.breadcrumbs
        assert blob == report.dropped[0].text
        assert ("{not json", "[1, 2] trailing") == tuple(
            b.text for b in report.article.blocks[1:]
        )

    def test_json_ld_article_metadata(self) -> None:
        """A NewsArticle node gives date, place, byline, outlet, tags, language."""
        node = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": ["NewsArticle"],
                    "datePublished": "2025-01-17T09:30:00+07:00",
                    "author": [{"name": "A Writer"}, {"name": "B Writer"}],
                    "publisher": "Nation",
                    "keywords": "ASEAN, digital",
                    "inLanguage": "en-GB",
                    "url": "https://example.org/x",
                    "locationCreated": {
                        "name": "Bangkok",
                        "address": {"addressRegion": "TH-10", "addressCountry": "JP"},
                    },
                },
            ],
        }
        art = parse_article(f"Title\nBody.\n{json.dumps(node)}", outlet="Override")

        assert PartialDate(year=2025, month=1, day=17) == art.published
        assert Place(name="Bangkok", province="TH-10") == art.dateline
        assert ("A Writer and B Writer", "Override", "https://example.org/x") == (
            art.byline,
            art.outlet,
            art.url,
        )
        assert (("ASEAN", "digital"), "en-GB") == (art.tags, art.language)

    def test_json_ld_odd_values_are_ignored(self) -> None:
        """Values of the wrong shape in JSON-LD are skipped, not trusted."""
        node = {
            "@type": "NewsArticle",
            "datePublished": "yesterday",
            "locationCreated": {"name": "Tokyo", "address": {"addressCountry": "ZZ"}},
            "keywords": 5,
            "author": {"name": " "},
            "@graph": [{"@type": 7}, {"@type": "BreadcrumbList", "itemListElement": 1}],
        }
        art = parse_article(f"Title\nBody.\n{json.dumps(node)}\n[{json.dumps(node)}]")

        assert (None, Place(name="Tokyo"), (), None) == (
            art.published,
            art.dateline,
            art.tags,
            art.byline,
        )


class TestJsonEdges:
    """JSON that is odd, deep or broken never stops the parse."""

    def test_deep_multiline_json_stops_multiline_attempts(self) -> None:
        """Nesting deeper than the JSON parser allows is text, not a blob."""
        deep = "[1,\n" * 5000
        art = parse_article(f'Title\nBody.\n{deep}{{"a":\n1}}\n')

        assert ("[1,", '{"a":', "1}") == tuple(b.text for b in art.blocks[-3:])

    def test_deep_single_line_json_is_text(self) -> None:
        """A line of deeply nested brackets is kept as text."""
        deep = "[1," * 5000 + "1" + "]" * 5000

        assert deep == parse_article(f"Title\n{deep}").blocks[0].text

    def test_deep_graph_is_not_walked_forever(self) -> None:
        """Nodes nested deeper than JSON-LD uses are ignored."""
        node: object = {"@type": "BreadcrumbList", "itemListElement": [{"name": "X"}]}
        for _ in range(10):
            node = [node]

        assert () == parse_article(f"Title\nBody.\n{json.dumps(node)}").breadcrumbs

    def test_bad_values(self) -> None:
        """An impossible date and unknown codes leave only what is valid."""
        node = {
            "@type": "Article",
            "datePublished": "2025-13-45T00:00:00Z",
            "locationCreated": {
                "name": "Atlantis",
                "address": {"addressRegion": "XX-1", "addressCountry": "ZZ"},
            },
        }
        art = parse_article(f"Title\nBody.\n{json.dumps(node)}")

        assert (None, Place(name="Atlantis")) == (art.published, art.dateline)

    @pytest.mark.parametrize(
        "blob",
        [
            # A position that str.isdigit() accepts but float() refuses.
            '[{"@type":"BreadcrumbList","itemListElement":'
            '[{"@type":"ListItem","position":"²","name":"Home"}]}]',
            # A position beyond any float.
            '[{"@type":"BreadcrumbList","itemListElement":'
            '[{"@type":"ListItem","position":1' + "0" * 400 + ',"name":"Home"}]}]',
            # Integers beyond Python's digit limit, on one line and on two.
            "[" + "1" * 5000 + "]",
            "[" + "1" * 5000 + ",\n2]",
        ],
    )
    def test_hostile_numbers_never_escape(self, blob: str) -> None:
        art = parse_article(f"{blob}\nA headline\nBody text here.")

        assert "A headline" == art.title
        assert art.breadcrumbs in ((), ("Home",))

    def test_unsafe_values_are_not_metadata(self) -> None:
        """NUL, escape sequences, bidi overrides and lone surrogates in
        JSON-LD values, a script url and a language that is no tag are
        dropped: the article can always be written back."""
        blob = (
            '{"@type":"NewsArticle","author":"a\\u0000b\\u001b[31m",'
            '"publisher":{"name":"\\ud800"},"url":"javascript:alert(1)",'
            '"inLanguage":"not a tag!","keywords":"ok,x\\u202ey"}'
        )
        art = parse_article(f"A headline\nBody text here.\n{blob}")

        assert (None, None, None, ("ok",)) == (
            art.byline,
            art.outlet,
            art.url,
            art.tags,
        )
        assert "A headline" == parse_article(render_article(art)).title


class TestMetadata:
    """Dates, datelines, read time, byline, tags and agencies."""

    def test_labelled_date_opening_the_prose(self) -> None:
        """ "date 2023-08-21 A pact …": the page's date, then its first paragraph."""
        text = (
            "Pact on the agenda\n\n"
            " date 2023-08-21 A regional pact was discussed in Semarang.\n\n"
            "Ministers met on Saturday and Sunday."
        )
        report = parse_article_report(text)
        article = report.article
        assert "2023-08-21" == str(article.published)
        assert "A regional pact was discussed in Semarang." == article.blocks[0].text
        assert ["date 2023-08-21"] == [
            m.text for m in report.metadata if m.field == "published"
        ]
        assert_accounted(text, report)

    def test_labelled_date_needs_a_whole_iso_date(self) -> None:
        """ "date 20 years ago" is prose, not a page date."""
        article = parse_article(
            "Title here\n\ndate 20 years ago the pact was first made."
        )
        assert article.published is None

    @pytest.mark.parametrize(
        ("first", "place", "published", "kept"),
        [
            (
                "BANGKOK, 16 JANUARY 2025 – The ministry met.",
                Place(name="Bangkok", province="TH-10", country="TH"),
                PartialDate(year=2025, month=1, day=16),
                "The ministry met.",
            ),
            (
                "SINGAPORE – 17 JAN 2025 – The ministry met.",
                Place(name="Singapore", country="SG"),
                PartialDate(year=2025, month=1, day=17),
                "The ministry met.",
            ),
            (
                "TOKYO (Jiji Press) — The ministry met.",
                Place(name="Tokyo", country="JP"),
                None,
                "The ministry met.",
            ),
            (
                "Bangkok, April 3: The ministry met.",
                Place(name="Bangkok", province="TH-10", country="TH"),
                PartialDate(year=2024, month=4, day=3),
                "The ministry met.",
            ),
            (
                "16-1-2025 (BANGKOK) The ministry met.",
                Place(name="Bangkok", province="TH-10", country="TH"),
                PartialDate(year=2025, month=1, day=16),
                "The ministry met.",
            ),
            (
                "VIETNAM — The ministry met.",
                Place(name="Vietnam", country="VN"),
                None,
                "The ministry met.",
            ),
            (
                "JAKARTA -- The city joined.",
                Place(name="Jakarta", country="ID"),
                None,
                "The city joined.",
            ),
            (
                "CHIANG MAI - The city joined.",
                Place(name="Chiang Mai", province="TH-50", country="TH"),
                None,
                "The city joined.",
            ),
        ],
    )
    def test_datelines(
        self, first: str, place: Place, published: PartialDate | None, kept: str
    ) -> None:
        """A dateline gives the filing place (and date) and leaves the sentence."""
        report = parse_article_report(
            f"Title\n{first}\nMore.", reference_date=dt.date(2024, 5, 1)
        )
        art = report.article

        assert (place, published, kept) == (
            art.dateline,
            art.published,
            art.blocks[0].text,
        )
        assert "dateline" == report.metadata[0].field

    @pytest.mark.parametrize(
        "first",
        [
            "Cybersecurity: The CERT was acknowledged.",
            "ASEAN – the bloc met.",
            "Bangkok, the capital, hosted it.",
            "UPDATE - The ministry met.",
            "Thailand, 99 Foo 2025: it met.",
        ],
    )
    def test_not_datelines(self, first: str) -> None:
        """Labels, unknown capitals without a date, and non-dates are not datelines."""
        art = parse_article(f"Title\n{first}\nMore.")

        assert (None, first) == (art.dateline, art.blocks[0].text)

    def test_date_line_variants(self) -> None:
        """A date line may say "Published:" first."""
        art = parse_article("Published: 22 January 2025\nTitle\nBody.")

        assert PartialDate(year=2025, month=1, day=22) == art.published

    def test_date_line_beats_dateline(self) -> None:
        """The publication date line wins over the dateline's date."""
        art = parse_article(
            "22 January 2025\nTitle\nBANGKOK, 16 JANUARY 2025 – Body.\nMore."
        )

        assert PartialDate(year=2025, month=1, day=22) == art.published

    @pytest.mark.parametrize(
        ("line", "minutes"),
        [
            ("2 min read", 2),
            ("5-minute read", 5),
            ("Reading time: 3 minutes", 3),
            ("Estimated read time 10 mins", 10),
            ("0 min read", 1),
        ],
    )
    def test_read_time(self, line: str, minutes: int) -> None:
        """Read-time lines in their usual forms."""
        assert minutes == parse_article(f"Title\n{line}\nBody.").read_minutes

    @pytest.mark.parametrize(
        ("line", "byline"),
        [
            ("By National News Bureau of Thailand", "National News Bureau of Thailand"),
            ("Written by Somchai Jaidee", "Somchai Jaidee"),
            ("Author: Nattaya Sukjai", "Nattaya Sukjai"),
        ],
    )
    def test_byline(self, line: str, byline: str) -> None:
        """Byline lines, wherever they stand."""
        assert byline == parse_article(f"Title\nBody.\n{line}").byline

    @pytest.mark.parametrize(
        "line",
        [
            "By 2030, Thailand aims to lead.",
            "by the ministry",
            "By Foo Bar.",
            "By A: b",
        ],
    )
    def test_not_bylines(self, line: str) -> None:
        """Sentences that start with "By" stay prose."""
        assert parse_article(f"Title\nBody.\n{line}").byline is None

    def test_tags_and_agencies(self) -> None:
        """A tags line, a trailing agency tag and an agency-only line."""
        report = parse_article_report(
            "Title\nThe meeting ended in 2026. (NNT)\n(TNA) (Jiji Press)\n"
            "Tags: ASEAN; digital | economy"
        )
        art = report.article

        assert ("NNT", "TNA", "Jiji Press") == art.source_tags
        assert ("ASEAN", "digital", "economy") == art.tags
        assert "The meeting ended in 2026." == art.blocks[0].text
        assert ["source_tags", "source_tags", "tags"] == [
            m.field for m in report.metadata
        ]

    @pytest.mark.parametrize(
        "last",
        [
            "It uses artificial intelligence (AI)",
            "It ended. (not an agency)",
            "It ended. (One Two Three Four Five)",
        ],
    )
    def test_not_agency_tags(self, last: str) -> None:
        """Brackets that are not an agency credit stay in the text."""
        art = parse_article(f"Title\n{last}")

        assert ((), last) == (art.source_tags, art.blocks[0].text)

    def test_only_the_first_tags_line_is_tags(self) -> None:
        """A second "Tags:" line is a labelled paragraph."""
        art = parse_article("Title\nTags: a\nTags: b")

        assert (("a",), "Tags") == (art.tags, art.blocks[0].label)  # type: ignore[union-attr]

    def test_breadcrumb_line(self) -> None:
        """A "Home › News" line above the headline gives breadcrumbs."""
        art = parse_article("Home › News › Thailand\nTitle\nBody.")

        assert ("Home", "News", "Thailand") == art.breadcrumbs

    @pytest.mark.parametrize(
        "line", ["Home › " + "x" * 41, "News › Thailand", "Home ›› News"]
    )
    def test_not_breadcrumb_lines(self, line: str) -> None:
        """Long items, no "Home" first, or an empty item: not breadcrumbs."""
        art = parse_article(f"{line}\nTitle\nBody.")

        assert ((), line) == (art.breadcrumbs, art.title)

    @pytest.mark.parametrize(
        "last",
        [
            "This story tags along with ASEAN, infrastructure, and technology.",
            "As part of Thailand News, it is tagged with ASEAN and more.",
            "As part of Thailand News, it is tagged with ASEAN, and.",
            "As part of Thailand News, it is tagged with a b c d e, and x.",
            "As part of Thailand News, it is tagged with ASEAN, x.",
            "As part of Thailand News, it ended.",
        ],
    )
    def test_prose_tag_line_needs_a_section_and_a_list(self, last: str) -> None:
        """A closing line is a tag list only if it names a section and lists tags."""
        crumbs = json.dumps(
            {"@type": "BreadcrumbList", "itemListElement": [{"name": "Thailand News"}]}
        )
        art = parse_article(f"Title\nBody.\n{last}\n{crumbs}")

        assert ((), last) == (art.tags, art.blocks[-1].text)


class TestBlocks:
    """Paragraphs, headings, labels, list items and whitespace."""

    def test_block_kinds(self) -> None:
        """Each kind of line becomes the block a reader sees."""
        text = (
            "Title\n"
            "Key outcomes included:\n"
            "Cybersecurity: The CERT was acknowledged.\n"
            "The minister said: we will act.\n"
            "the plan: it works.\n"
            "Spaced : it works.\n"
            "• First.\n"
            "- Second.\n"
            "3) Third.\n"
            "12. Twelfth.\n"
            "0. Zero is no number.\n"
            "Last words:"
        )
        assert (
            Heading(text="Key outcomes included:"),
            Paragraph(
                text="Cybersecurity: The CERT was acknowledged.", label="Cybersecurity"
            ),
            Paragraph(text="The minister said: we will act."),
            Paragraph(text="the plan: it works."),
            Paragraph(text="Spaced : it works."),
            ListItem(text="First."),
            ListItem(text="Second."),
            ListItem(text="Third.", number=3),
            ListItem(text="Twelfth.", number=12),
            Paragraph(text="0. Zero is no number."),
            Paragraph(text="Last words:"),
        ) == parse_article(text).blocks

    def test_list_markers_are_metadata_spans(self) -> None:
        """A list item's marker is accounted for as the block's metadata."""
        report = parse_article_report("Title\n  12.\u00a0Twelfth.")

        assert [(8, 11, "12.", "blocks[0]")] == [
            (m.start, m.end, m.text, m.field) for m in report.metadata
        ]

    def test_whitespace_is_normalised(self) -> None:
        """No-break spaces, tabs, zero-width spaces and blank runs collapse."""
        text = "\ufeffTitle \u00a0\r\n\r\n\r\n\tThe\u00a0\u00a0meeting\u200b ended. \u2009\n"

        assert (Paragraph(text="The meeting ended."),) == parse_article(text).blocks

    def test_subtitle(self) -> None:
        """A line under the headline that does not end like a sentence."""
        art = parse_article("Title\nA standfirst without a stop\nBody.")

        assert ("A standfirst without a stop", 1) == (art.subtitle, len(art.blocks))

    def test_no_subtitle_without_body_after_it(self) -> None:
        """A lone line under the headline is the body, not a standfirst."""
        art = parse_article("Title\nA line without a stop")

        assert (None, 1) == (art.subtitle, len(art.blocks))

    @pytest.mark.parametrize(
        ("text", "repaired"),
        [
            ("Jun 8.Earlier, it met.", "Jun 8. Earlier, it met."),
            ("It met.Then it ended.", "It met. Then it ended."),
            ("See www.Nation.com now.", "See www.Nation.com now."),
            ("The U.S.Army came.", "The U.S.Army came."),
            ("It was e.g.Apple.", "It was e.g.Apple."),
            ("It runs Node.Js today.", "It runs Node.Js today."),
            ("Version 1.5 shipped.", "Version 1.5 shipped."),
        ],
    )
    def test_space_repair(self, text: str, repaired: str) -> None:
        """A space goes in after a full stop only where nothing else fits."""
        assert repaired == repair_spaces(text)
        assert repaired == parse_article(f"Title\n{text}").blocks[0].text


class TestIds:
    """The id is derived from the canonical content."""

    def test_same_text_same_id(self) -> None:
        """Whitespace and furniture differences do not change the id."""
        one = parse_article("Title\n\nBody.\n")
        two = parse_article("Skip to content\n Title\u00a0\n\n\n Body. \nShare")

        assert one.id == two.id
        assert one.id.startswith("art-")
        assert 20 == len(one.id)

    def test_url_and_outlet_do_not_change_the_id(self) -> None:
        """The same story from two addresses is the same article."""
        one = parse_article("Title\nBody.")
        two = parse_article("Title\nBody.", url="https://a.example/x", outlet="A")

        assert one.id == two.id
        assert ("https://a.example/x", "A") == (two.url, two.outlet)

    def test_content_changes_the_id(self) -> None:
        """A different body gives a different id."""
        assert parse_article("Title\nBody.").id != parse_article("Title\nBody!").id

    def test_blank_url_is_none(self) -> None:
        """A blank ``url`` argument is no URL."""
        assert parse_article("Title\nBody.", url="  ").url is None


class TestLanguage:
    def test_thai_script_is_thai(self) -> None:
        """An article written in Thai script is marked "th" without being told."""
        text = "ดีอีเอสลงนามบันทึกความเข้าใจกับกัมพูชา\n\nกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมลงนามบันทึกความเข้าใจด้านดิจิทัลกับกัมพูชา\n"
        assert "th" == parse_article(text).language

    def test_english_stays_english(self) -> None:
        """An English article with a few Thai words is still English."""
        text = "Thai ministry signs MoU\n\nThe ministry (กระทรวงดิจิทัล) signed an MoU with Cambodia on digital cooperation.\n"
        assert "en" == parse_article(text).language

    def test_language_the_script_does_not_tell_round_trips(self) -> None:
        """A language other than the script's is written out and read back."""
        article = parse_article(
            "ASEAN ministers meet\n\nThe ministers met in Bangkok to talk.\n"
        )
        thai = attrs.evolve(article, language="th")
        thai = attrs.evolve(thai, id=article_id(thai))
        assert thai == parse_article(render_article(thai))


class TestPageHeader:
    def test_section_label_above_headline(self) -> None:
        """A section name above the headline is a breadcrumb, not the title."""
        text = "Tech & Telco\n\nMinisters adopt a digital masterplan online\n\nThe ministers met online.\n"
        art = parse_article(text)
        assert ("Ministers adopt a digital masterplan online", ("Tech & Telco",)) == (
            art.title,
            art.breadcrumbs,
        )

    def test_short_headline_is_still_a_headline(self) -> None:
        """A short headline that is not a section name stays the title."""
        art = parse_article(
            "Ministers meet\nA standfirst without a stop\nBody text here."
        )
        assert ("Ministers meet", "A standfirst without a stop") == (
            art.title,
            art.subtitle,
        )

    def test_dateline_on_its_own_line(self) -> None:
        """ "CHIANG MAI, 15 July 2023" alone on a line gives the place and date."""
        text = "CHIANG MAI, 15 July 2023\n\nThree Thai cities join a network\n\nThe cities joined.\n"
        art = parse_article(text)
        assert (
            Place(name="Chiang Mai", province="TH-50", country="TH"),
            "2023-07-15",
        ) == (
            art.dateline,
            str(art.published),
        )

    def test_unknown_place_is_not_a_dateline(self) -> None:
        """An unknown place before a date is not taken for a dateline."""
        art = parse_article(
            "Atlantis, 15 July 2023\n\nA headline about things\n\nBody text.\n"
        )
        assert art.dateline is None


# Page shapes scrapers give, written for these tests.
ONE_LINE_THAI = (
    "วันนี้ (3 มีนาคม 2568) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
    "เปิดการประชุมเรื่องเมืองอัจฉริยะที่จังหวัดขอนแก่นร่วมกับผู้แทนจากสิบเมือง "
    "ทั้งนี้ ที่ประชุมเห็นชอบแผนงานเชื่อมโยงข้อมูลของเมืองต่าง ๆ ภายในปีหน้า "
    "นอกจากนี้ ผู้แทนเมืองได้แลกเปลี่ยนประสบการณ์การใช้ระบบขนส่งอัจฉริยะ"
)
ONE_LINE_ENGLISH = (
    "A regional forum on data centres opened in Khon Kaen on Monday with officials "
    "from ten cities. Delegates agreed on a shared plan for open data by next year. "
    "Mr. Somchai said the plan would start with transport and health records."
)


class TestRealPageShapes:
    """Pages as scrapers give them: mastheads, one-line pages, dates anywhere."""

    def test_a_line_mostly_in_another_script_is_not_the_headline(self) -> None:
        """A Russian section name with one Latin acronym in it, above an
        English headline, is no headline of an English page."""
        page = (
            "Верный курс на связь\n\nУгол директора BDT: речи\n\n"
            "Regional Planning Meeting for the Andes and the Pacific, Opening Remarks\n"
            "Lima, Peru 20 March 2025\n\n"
            "Distinguished delegates, it is a great pleasure to welcome you to "
            "the regional meeting on telecommunication development."
        )
        art = parse_article(page)
        assert art.title == (
            "Regional Planning Meeting for the Andes and the Pacific, Opening Remarks"
        )

    @pytest.mark.parametrize(
        ("section", "headline"),
        [
            ("News", "Cities sign a data pact in Lima on Monday"),
            ("ข่าวประชาสัมพันธ์", "เทศบาลสิบแห่งลงนามความร่วมมือด้านข้อมูลการขนส่งในกรุงเทพมหานคร"),
        ],
    )
    def test_a_headline_run_on_after_the_trail_to_it(
        self, section: str, headline: str
    ) -> None:
        """ "News", then "News > <headline>": the trail is the breadcrumbs."""
        page = (
            f"{section}\n\n{section} > {headline}\n\n"
            "Ten cities agreed on Monday to share their transport data with each "
            "other for the next five years."
        )
        report = parse_article_report(page)
        assert (report.article.title, report.article.breadcrumbs) == (
            headline,
            (section,),
        )
        assert_accounted(page, report)

    @pytest.mark.parametrize("page", [ONE_LINE_THAI, ONE_LINE_ENGLISH])
    def test_one_line_page_is_split(self, page: str) -> None:
        """A page without line breaks is cut into sentences; the first is the title."""
        report = parse_article_report(page)
        art = report.article

        assert report.title_inferred
        assert len(art.blocks) >= 1
        assert page.startswith(art.title)
        assert_accounted(page, report)

    def test_thai_opening_date_stays_in_the_text(self) -> None:
        """ "วันนี้ (date)" opening a press release is its date and stays in the text."""
        report = parse_article_report("หัวข้อข่าวเมืองอัจฉริยะขอนแก่น\n" + ONE_LINE_THAI)

        assert "2025-03-03" == str(report.article.published)
        assert DateSource.OPENING == report.published_from.source
        assert report.article.blocks[0].text.startswith("วันนี้ (3 มีนาคม 2568)")

    @pytest.mark.parametrize("cue", ["เช้าวันนี้", "บ่ายวันนี้", "ช่วงเย็นวันนี้"])
    def test_thai_opening_cue_after_a_time_of_day(self, cue: str) -> None:
        """ "This morning (date)", written as one word, dates the release too."""
        text = (
            "หัวข้อข่าวเมืองอัจฉริยะขอนแก่น\n"
            f"{cue} (3 มี.ค. 68) เทศบาลนครขอนแก่นเปิดศูนย์ข้อมูลเมืองอัจฉริยะแห่งใหม่"
        )
        report = parse_article_report(text)

        assert "2025-03-03" == str(report.article.published)
        assert DateSource.OPENING == report.published_from.source
        assert report.article.blocks[0].text.startswith(cue)

    def test_thai_opening_cue_inside_a_long_word_is_no_date(self) -> None:
        """Only a short word may run into the cue: the opening's words, not a sentence."""
        text = (
            "หัวข้อข่าวเมืองอัจฉริยะขอนแก่น\n"
            "ผู้ว่าราชการจังหวัดกล่าววันนี้ (3 มี.ค. 68) ว่าศูนย์ข้อมูลจะเปิดเดือนหน้า"
        )
        assert parse_article(text).published is None

    def test_event_date_in_the_body_is_not_the_page_date(self) -> None:
        """A date inside a sentence of the story is an event's, never the page's."""
        art = parse_article(
            "Cities sign a data pact\n"
            "The ten cities signed the pact on 4 March 2025 in Khon Kaen.\nMore."
        )
        assert art.published is None

    @pytest.mark.parametrize(
        ("lines", "published", "source"),
        [
            (
                ["Headline of the story", "Posted on May 3, 2024", "Body."],
                "2024-05-03",
                DateSource.LABEL,
            ),
            (
                ["Headline of the story", "Somchai Jaidee 3 May 2024", "Body."],
                "2024-05-03",
                DateSource.HEADER,
            ),
            (
                [
                    "Headline of the story",
                    "Lima, 15 May 2024 | For Immediate Release",
                    "Body.",
                ],
                "2024-05-15",
                DateSource.HEADER,
            ),
            (
                [
                    "Headline of the story",
                    "by Staff Writer 03-02-2024 | 7:00 AM",
                    "Body.",
                ],
                "2024-02-03",
                DateSource.HEADER,
            ),
            (
                [
                    "Headline of the story",
                    "Body.",
                    "Source: Asia Wire, 10 November 2022",
                ],
                "2022-11-10",
                DateSource.CREDIT,
            ),
            (
                [
                    "Headline of the story",
                    "Body.",
                    "(Regional News Agency August 6, 2004)",
                ],
                "2004-08-06",
                DateSource.CREDIT,
            ),
            (
                ["Headline of the story", "วันที่ลงข่าว 3 พ.ค. 2567", "Body."],
                "2024-05-03",
                DateSource.LABEL,
            ),
            (
                ["Headline of the story", "3 พฤษภาคม 2567 ( 10:43 )", "Body."],
                "2024-05-03",
                DateSource.HEADER,
            ),
            (
                [
                    "Headline of the story",
                    "ข่าวเศรษฐกิจ Friday March 8, 2024 09:15 —ข่าวรัฐบาล",
                    "Body.",
                ],
                "2024-03-08",
                DateSource.HEADER,
            ),
            (
                [
                    "Headline of the story",
                    "Updated: 9 May 2024",
                    "Published: 3 May 2024",
                    "Body.",
                ],
                "2024-05-03",
                DateSource.LABEL,
            ),
        ],
    )
    def test_dates_where_pages_put_them(
        self, lines: list[str], published: str, source: DateSource
    ) -> None:
        """Label, byline, credit line and Thai forms; the labelled date wins."""
        text = "\n".join(lines)
        report = parse_article_report(text)

        assert published == str(report.article.published)
        assert report.published_from is not None
        assert source == report.published_from.source
        assert "Headline of the story" == report.article.title
        assert_accounted(text, report)

    def test_masthead_date_loses_to_the_dateline(self) -> None:
        """The site's date of the day, above its menu, is not the story's date."""
        text = (
            "Friday, June 20, 2025\nThe Daily Site\nEnglish Edition\nNEWS\n"
            "Ministers arrive in Hanoi for digital talks\n"
            "Hanoi, May 15 (Wire) Ministers from Thailand arrived in Hanoi for digital talks.\n"
            "More."
        )
        report = parse_article_report(text)

        assert "Ministers arrive in Hanoi for digital talks" == report.article.title
        assert "--05-15" == str(report.article.published)
        assert DateSource.DATELINE == report.published_from.source
        assert_accounted(text, report)

    def test_a_full_date_wins_over_a_yearless_dateline(self) -> None:
        """ "Updated: date Source: agency" under the headline dates the page when
        the dateline gives no year; the credit after the date is part of its line."""
        text = (
            "Two central banks sign a currency pact\n"
            "Updated: May 22, 2024 Source: Wire Agency\n"
            "BEIJING, May 21 (Wire) -- The central banks signed a pact on Tuesday.\n"
            "More."
        )
        report = parse_article_report(text)

        assert "2024-05-22" == str(report.article.published)
        assert DateSource.UPDATED == report.published_from.source
        assert "Beijing" == report.article.dateline.name
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        "line",
        [
            "Updated: May 22, 2024 source: the ministry said it would sign more deals",
            "Updated: the plan Source: Wire Agency",
        ],
    )
    def test_credit_after_no_date_or_prose_is_no_date_line(self, line: str) -> None:
        """A credit label ends a date line only after a date, naming a source."""
        assert read_dated_line(line, None) is None

    def test_today_bar_loses_to_the_date_under_the_headline(self) -> None:
        """The site's date of the day right above the headline is not the story's
        date when a date line stands under the headline."""
        text = (
            "Wednesday, 4 June 2025\n"
            "คณะกรรมการดิจิทัลแห่งชาติเห็นชอบแผนเมืองอัจฉริยะระยะที่สอง\n"
            "12 Dec 2019\n"
            "348\n"
            "คณะกรรมการดิจิทัลแห่งชาติประชุมเพื่อพิจารณาแผนพัฒนาเมืองอัจฉริยะระยะที่สองร่วมกับหน่วยงานรัฐ"
        )
        report = parse_article_report(text)

        assert "2019-12-12" == str(report.article.published)
        assert "12 Dec 2019" == report.published_from.text
        assert DateSource.HEADER == report.published_from.source
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        ("bar", "published"),
        [
            ("12 ก.ค. 2567 1,204 3", "2024-07-12"),
            ("3 May 2024 58", "2024-05-03"),
            ("12 ก.ค. 2567 09:30 น. 417", "2024-07-12"),
        ],
    )
    def test_date_bar_with_counts(self, bar: str, published: str) -> None:
        """View and comment counts printed after the date on one bar still
        leave the date; the bar goes to metadata."""
        text = (
            f"{bar}\nเทศบาลนครขอนแก่นลงนามความร่วมมือพัฒนาระบบข้อมูลเมืองอัจฉริยะ\n"
            "เทศบาลนครขอนแก่นและมหาวิทยาลัยในพื้นที่ลงนามความร่วมมือพัฒนาระบบข้อมูลเมือง"
        )
        report = parse_article_report(text)

        assert published == str(report.article.published)
        assert bar == report.published_from.text
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        "line", ["Budget 2566 303", "ราคา 2,500 1,000", "งบประมาณ 2,500 ล้านบาท 12"]
    )
    def test_numbers_after_a_non_date_are_no_date_bar(self, line: str) -> None:
        """Trailing numbers are only counts after a whole date."""
        assert read_dated_line(line, None) is None

    @pytest.mark.parametrize(
        "line",
        ["เลขที่ 12 345 6", "Room 12 3", "Page 3 of 12", "12 3", "Budget 2024", "12/3"],
    )
    def test_bare_numbers_are_no_date_line(self, line: str) -> None:
        """Numbers without a month's name or a whole numeric date shape (an
        address, a room, a page count) state no date."""
        assert read_dated_line(line, None) is None

    @pytest.mark.parametrize(
        ("line", "published"),
        [
            ("เลขที่ 12 ก.พ 2567", "2024-02-12"),
            ("Desk 03/05/2024", "2024-05-03"),
            ("Desk 2024-05-03", "2024-05-03"),
        ],
    )
    def test_month_word_or_numeric_shape_is_a_date(
        self, line: str, published: str
    ) -> None:
        """A month's name, or a day, month and year in numbers, make a date."""
        dated = read_dated_line(line, None)

        assert dated is not None
        assert published == str(dated.date)

    def test_address_above_the_headline_is_no_page_date(self) -> None:
        """A house number under the site's name does not date the page."""
        art = parse_article(
            "เลขที่ 12 345 6\nกระทรวงดิจิทัลเปิดศูนย์ข้อมูลเมืองแห่งใหม่ในภาคเหนือ\n"
            "กระทรวงดิจิทัลเปิดศูนย์ข้อมูลเมืองแห่งใหม่เพื่อให้บริการหน่วยงานท้องถิ่นในภาคเหนือ"
        )
        assert art.published is None

    def test_date_above_the_headline_alone_is_the_page_date(self) -> None:
        """With no date under the headline, a date line right above it stays the page's."""
        art = parse_article(
            "Wednesday, 4 June 2025\nMinisters agree on a data sharing plan\n"
            "The ministers agreed on a plan to share data between agencies.\n"
            "Talks go on in July."
        )
        assert "2025-06-04" == str(art.published)

    @pytest.mark.parametrize(
        ("opening", "published"),
        [
            ("12 มีนาคม 2568, กรุงเทพฯ – ", "2025-03-12"),
            ("12 March 2025, Bangkok – ", "2025-03-12"),
        ],
    )
    def test_press_release_date_then_place(self, opening: str, published: str) -> None:
        """A release that opens with its date, then its city and a dash, is dated
        by it; the dateline leaves the paragraph."""
        story = "สำนักงานส่งเสริมเศรษฐกิจดิจิทัลเปิดรับสมัครเมืองอัจฉริยะรอบใหม่ทั่วประเทศ"
        text = f"ดีป้าเปิดรับสมัครเมืองอัจฉริยะรอบใหม่\n{opening}{story}"
        report = parse_article_report(text)

        assert published == str(report.article.published)
        assert DateSource.DATELINE == report.published_from.source
        assert "TH-10" == report.article.dateline.province
        assert story == report.article.blocks[0].text
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        ("opening", "place"),
        [("KUALA LUMPUR: ", "Kuala Lumpur"), ("PUTRAJAYA: ", "Putrajaya")],
    )
    def test_city_in_capitals_and_a_colon_is_a_dateline(
        self, opening: str, place: str
    ) -> None:
        """ "KUALA LUMPUR: The …" opens with a dateline; the title is the sentence after it."""
        story = (
            "Ministers from ten countries agreed on Monday to link their data "
            "centres by next year. Officials will meet again in June to set the rules."
        )
        text = opening + story
        report = parse_article_report(text)

        assert place == report.article.dateline.name
        assert report.article.title.startswith("Ministers from ten countries")
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        "opening", ["Cybersecurity: ", "ASEAN: ", "Kuala Lumpur: "]
    )
    def test_a_label_and_a_colon_is_no_dateline(self, opening: str) -> None:
        """A label, an unknown name or a city not in capitals before a colon stays text."""
        text = "Headline of the story\n" + opening + "ministers met on data rules."
        art = parse_article(text)

        assert art.dateline is None
        assert art.blocks[0].text.startswith(opening.strip())

    def test_date_then_unknown_place_is_prose(self) -> None:
        """A date and a comma before words that name no known place stay prose."""
        text = "Headline of the story\n12 March 2025, the ministry said – more to come."
        art = parse_article(text)

        assert art.published is None
        assert art.blocks[0].text.startswith("12 March 2025")

    def test_teaser_above_the_headline(self) -> None:
        """A first line that is the headline with the story run on is a teaser;
        the headline standing alone below is the title."""
        headline = "เทศบาลเชียงรายได้รับรองเป็นเขตส่งเสริมเมืองอัจฉริยะ Smart City จาก depa"
        opening = (
            "สำนักงานส่งเสริมเศรษฐกิจดิจิทัลประกาศรับรองเทศบาลเชียงรายเป็นเขตส่งเสริมเมืองอัจฉริยะ "
            "เพื่อยกระดับบริการประชาชนด้วยข้อมูลและเทคโนโลยีดิจิทัล"
        )
        text = f"{headline} {opening * 2}\n{headline}\n{opening}\nเนื้อหาต่อจากนี้"
        report = parse_article_report(text)

        assert headline == report.article.title
        assert not report.title_inferred
        assert [DropReason.TEASER] == [d.reason for d in report.dropped]
        assert_accounted(text, report)

    def test_short_teaser_in_the_header(self) -> None:
        """A header line that runs a later header line into more words is not the title."""
        text = (
            "Cities sign a data pact Ten cities agreed\n"
            "Cities sign a data pact\n"
            "Ten cities agreed on Monday to share transport data with one another.\n"
            "More."
        )
        report = parse_article_report(text)

        assert "Cities sign a data pact" == report.article.title
        assert [DropReason.TEASER] == [d.reason for d in report.dropped]
        assert_accounted(text, report)

    def test_a_word_cut_in_two_is_no_teaser(self) -> None:
        """A later line that ends inside a word of the first is not its headline."""
        text = (
            "Cities sign a data pact with Laos\n"
            "Cities sign a data pa\n"
            "Ten cities agreed on Monday to share transport data with Laos.\n"
        )
        assert "Cities sign a data pact with Laos" == parse_article(text).title

    @pytest.mark.parametrize(
        "url", [None, "https://party.example/ministers-open-smart-city-fair-2024"]
    )
    def test_headline_printed_again_in_two_lines(self, url: str | None) -> None:
        """The two pieces of a headline printed again over two lines are its
        copies: the whole line is the title, even when the slug matches a piece."""
        first = "“รองนายกฯ”เปิดงาน Smart City Fair 2024″ สู่”เมืองอัจฉริยะ”"
        second = "หนุนท้องถิ่นใช้ข้อมูลดิจิทัล ยกระดับบริการประชาชน"
        text = (
            f"{first} {second}\n{first}\n{second}\n"
            "วันที่ 30 พ.ย. 2567 รองนายกรัฐมนตรีเป็นประธานเปิดงานแสดงเทคโนโลยีเมืองอัจฉริยะ"
        )
        report = parse_article_report(text, url=url)

        assert f"{first} {second}" == report.article.title
        assert [DropReason.REPEATED_HEADLINE] * 2 == [d.reason for d in report.dropped]
        assert_accounted(text, report)

    def test_headline_and_standfirst_run_together_is_still_a_teaser(self) -> None:
        """A line that the next two lines print again is a teaser when the
        second piece ends like a sentence: a headline with its standfirst."""
        text = (
            "Cities sign a data pact Ten cities agreed to share their data.\n"
            "Cities sign a data pact\n"
            "Ten cities agreed to share their data.\n"
            "More."
        )
        report = parse_article_report(text)

        assert "Cities sign a data pact" == report.article.title
        assert [DropReason.TEASER] == [d.reason for d in report.dropped]
        assert_accounted(text, report)

    def test_breadcrumb_trail_ending_with_the_headline(self) -> None:
        """ "Site > Section > Headline" above the headline alone is the breadcrumbs."""
        headline = "ครม.เห็นชอบให้หน่วยงานรัฐให้บริการประชาชนผ่านแพลตฟอร์มดิจิทัลกลาง"
        text = (
            f"ข่าวดิจิทัล > การเมือง > {headline}\n{headline}\n9 พฤษภาคม 2566\n"
            "ที่ประชุมคณะรัฐมนตรีมีมติให้หน่วยงานของรัฐใช้แพลตฟอร์มดิจิทัลกลางในการให้บริการประชาชน"
        )
        report = parse_article_report(text)

        assert headline == report.article.title
        assert ("ข่าวดิจิทัล", "การเมือง") == report.article.breadcrumbs
        assert "breadcrumbs" in [m.field for m in report.metadata]
        assert_accounted(text, report)

    def test_labelled_date_before_a_headline(self) -> None:
        """ "date 2024-05-03 Headline" gives the date, then the headline."""
        text = " date 2024-05-03 Ministers meet on data rules\nThe ministers met on data rules."
        art = parse_article(text)

        assert ("2024-05-03", "Ministers meet on data rules") == (
            str(art.published),
            art.title,
        )

    @pytest.mark.parametrize(
        "masthead",
        [
            "Now loading...",
            "Analysis from the best minds of the region",
            "ខេមរភាសា ស្វាគមន៍",
            "Login | Create Account Poll Weather Search",
        ],
    )
    def test_masthead_is_not_the_title(self, masthead: str) -> None:
        """Placeholders, slogans, menus and foreign-script lines are not headlines."""
        text = (
            f"{masthead}\nThailand and Laos link payment networks\n"
            "Thailand and Laos have linked their payment networks so that travellers "
            "can pay by scanning codes, the two central banks said on Friday.\nMore."
        )
        report = parse_article_report(text)

        assert "Thailand and Laos link payment networks" == report.article.title
        assert [masthead] == [d.text for d in report.dropped]
        assert_accounted(text, report)

    def test_thai_masthead_and_language_switcher(self) -> None:
        """Thai menus, language codes and a Thai section name are dropped or read."""
        text = (
            "บริการ\nTH\nEN\nข่าวเศรษฐกิจ\n"
            "กระทรวงดิจิทัลจับมือสิบเมืองพัฒนาเมืองอัจฉริยะทั่วประเทศ\n"
            "นายสมชาย ใจดี เปิดการประชุมเรื่องเมืองอัจฉริยะร่วมกับผู้แทนจากสิบเมืองทั่วประเทศ "
            "โดยมีเป้าหมายพัฒนาเมืองอัจฉริยะให้ครบทุกภูมิภาคภายในปีหน้า"
        )
        report = parse_article_report(text)

        assert "กระทรวงดิจิทัลจับมือสิบเมืองพัฒนาเมืองอัจฉริยะทั่วประเทศ" == report.article.title
        assert ("ข่าวเศรษฐกิจ",) == report.article.breadcrumbs
        assert [
            DropReason.NAVIGATION,
            DropReason.LANGUAGE_SWITCHER,
            DropReason.LANGUAGE_SWITCHER,
        ] == [d.reason for d in report.dropped]
        assert_accounted(text, report)

    def test_site_name_above_a_thai_headline(self) -> None:
        """A one-word Latin site name above a Thai headline is masthead."""
        text = (
            "newssite\nนายกฯ ตรวจเมืองอัจฉริยะ ย้ำใช้เทคโนโลยีดิจิทัล\n"
            "นายกรัฐมนตรีตรวจความพร้อมของเมืองอัจฉริยะและย้ำการใช้เทคโนโลยีดิจิทัลในงานบริการประชาชน"
        )
        report = parse_article_report(text)

        assert "นายกฯ ตรวจเมืองอัจฉริยะ ย้ำใช้เทคโนโลยีดิจิทัล" == report.article.title
        assert [DropReason.MASTHEAD] == [d.reason for d in report.dropped]

    @given(st.sampled_from([ONE_LINE_THAI, ONE_LINE_ENGLISH]), st.integers(0, 400))
    def test_one_line_pages_are_never_refused(self, page: str, cut: int) -> None:
        """Any prefix of a one-line page with words in it parses, losing nothing."""
        text = page[: max(cut, 60)]
        report = parse_article_report(text)
        assert_accounted(text, report)

    @given(
        st.lists(
            st.sampled_from(
                [
                    *FURNITURE,
                    ONE_LINE_THAI,
                    ONE_LINE_ENGLISH,
                    "บริการ",
                    "TH",
                    "Now loading...",
                    "Posted on May 3, 2024",
                    "Source: Asia Wire, 10 November 2022",
                    "ข่าวเศรษฐกิจ",
                    "Cities sign a data pact",
                    "Cities sign a data pact Ten cities agreed",
                    "Site > News > Cities sign a data pact",
                    "12 มีนาคม 2568, กรุงเทพฯ – ข่าวเมืองอัจฉริยะ",
                ]
            ),
            min_size=1,
            max_size=8,
        ).map("\n".join)
    )
    def test_thai_and_one_line_pages_lose_nothing(self, text: str) -> None:
        """Every character of mixed real-page shapes is kept or reported."""
        try:
            report = parse_article_report(text)
        except ParseError:
            return
        assert_accounted(text, report)

    @pytest.mark.usefixtures("untraced")
    def test_adversarial_one_line_pages_are_fast(self) -> None:
        """100k-character one-line pages of near-matches parse in linear time."""
        pages = [
            "ก " * 50_000,
            "วันนี้ (" * 15_000,
            "เช้า" * 25_000 + "วันนี้ (1 มีนาคม 2568)",
            "เช้าวันนี้(" * 10_000,
            "Mr. A. " * 15_000,
            ("Source: A, " * 10_000) + "1 May 2024",
            "นาย " * 25_000,
            "date 2024-05-03 " + "x" * 100_000,
            "(" + "A " * 50_000 + "1 May 2024)",
            "News 1 May 2024 " + "— A" * 30_000,
            "1" * 50_000 + " —Source",
            "5 พฤศจิกายน 2564, " + "ก" * 100_000,
            "5 May 2024, " + "Bangkok " * 12_000,
            "a b c d " * 12_000 + "\na b c d\n" + "a b c d " * 12_000,
            "a > " * 12_000 + "a b c d\na b c d",
            "3 May 2024" + " 12" * 30_000,
            "Updated: 3 May 2024" + " Source: A" * 20_000,
            "Updated: 3 May 2024 Source: " + "A " * 50_000,
            ("a b " * 40 + "\n") * 40,
            "a b c d\n" + "a\nb c d\n" * 12_000,
            "3 May 2024 " + "1," * 50_000 + "0",
            "Room " + "12 " * 30_000,
            "Room 12 " + "ก.พ" * 30_000,
            "- Like\n" * 20_000 + "Body.",
            "- Like\n- Digg\n- A B\n" * 10_000,
            "Staff writer, with " + "A" * 100_000,
            "A" * 50_000 + " / Staff writer",
            "Heute " + "1," * 50_000 + " views\nBody.",
            "_" * 100_000 + "x",
            "___ " * 30_000 + "x",
        ]
        started = time.perf_counter()
        for page in pages:
            parse_article_report(page)
            parse_article_report("Title\n" + page)
        elapsed = time.perf_counter() - started

        assert elapsed < 10


def test_a_bullet_with_a_variation_selector_opens_a_list_item() -> None:
    """ "▪︎ …" (a bullet drawn as text) is a list item like "▪ …"."""
    article = parse_article(
        "Five agreements\n\nThe MoUs are:\n\u25aa\ufe0e One on ports.\n\u25aa\ufe0f One on rice."
    )
    assert [("ListItem", "One on ports."), ("ListItem", "One on rice.")] == [
        (type(b).__name__, b.text) for b in article.blocks[1:]
    ]


SLOGAN_PAGE = (
    "Regional digital news for everyone\n"
    "Thailand and Laos link their payment networks\n"
    "More."
)


class TestUrlEvidence:
    """The page's address, when the caller gives it, is evidence for the headline."""

    def test_slug_picks_the_headline(self) -> None:
        """A header line sharing the slug's words is the headline; lines above go."""
        url = "https://news.example/asia/thailand-laos-link-payment-networks"
        report = parse_article_report(SLOGAN_PAGE, url=url)

        assert "Thailand and Laos link their payment networks" == report.article.title
        assert [DropReason.MASTHEAD] == [d.reason for d in report.dropped]
        assert url == report.article.url
        assert_accounted(SLOGAN_PAGE, report)

    def test_without_url_the_first_line_stands(self) -> None:
        """With no evidence against it, the first header line is the headline."""
        assert "Regional digital news for everyone" == parse_article(SLOGAN_PAGE).title

    def test_thai_slug(self) -> None:
        """A Thai slug, percent-encoded as addresses carry it, counts too."""
        headline = "ประชุมกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ ครั้งที่ 3"
        text = f"ข่าวไอทีรอบวันสำหรับทุกคนทั่วประเทศไทย\n{headline}\nเนื้อหา"
        url = "https://site.example/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1-%E0%B8%94%E0%B8%B4%E0%B8%88%E0%B8%B4%E0%B8%97%E0%B8%B1%E0%B8%A5/"

        assert headline == parse_article(text, url=url).title

    @pytest.mark.parametrize(
        ("url", "words"),
        [
            ("https://a.example/news/40046006", []),
            ("https://a.example/2023/05/cabinet-2566-121/", ["2566", "cabinet"]),
            ("https://a.example/x/data-pact-signed.html", ["data", "pact", "signed"]),
            ("https://a.example/?p=685", []),
            (None, []),
        ],
    )
    def test_slug_words(self, url: str | None, words: list[str]) -> None:
        """Only a path part of several words (or Thai) is a slug; numbers say nothing."""
        assert words == sorted(slug_tokens(url))

    @given(
        st.sampled_from([SLOGAN_PAGE, ONE_LINE_THAI, ONE_LINE_ENGLISH, *FURNITURE]),
        st.sampled_from(
            ["https://a.example/news/40046006", "https://a.example/?p=1", None]
        ),
    )
    def test_an_address_without_slug_changes_nothing(
        self, text: str, url: str | None
    ) -> None:
        """An address with no words in its path leaves the parse as it was."""
        try:
            without = parse_article(text)
        except ParseError:
            return
        assert without == attrs.evolve(
            parse_article(text, url=url), url=None, id=without.id
        )

    @pytest.mark.usefixtures("untraced")
    def test_long_addresses_are_fast(self) -> None:
        """Huge addresses of near-slug shapes parse in linear time."""
        urls = [
            "https://a.example/" + "ab-" * 50_000,
            "https://a.example/" + "a." * 50_000 + "html",
            "https://a.example/" + "%E0%B8" * 30_000,
        ]
        started = time.perf_counter()
        for url in urls:
            parse_article_report(SLOGAN_PAGE, url=url)
        assert time.perf_counter() - started < 5


def _sentences_of(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


THAI_SCENE = "วันนี้ (3 มีนาคม 2568) เวลา 10. 45 น. ณ ศาลากลางจังหวัดขอนแก่น"
THAI_SUBJECT = "นายสมชาย ใจดี ผู้ว่าราชการจังหวัด เป็นประธานเปิดศูนย์ข้อมูลเมืองอัจฉริยะแห่งใหม่"


class TestThaiSentences:
    """Cutting one-line Thai pages into sentences: what does not end one."""

    def test_abbreviation_in_brackets_goes_on(self) -> None:
        """A full stop after a Thai letter marks an abbreviation, not a sentence end."""
        text = (
            "สำนักงานพัฒนาเมืองอัจฉริยะแห่งชาติ (สพอ.) "
            "โดยฝ่ายบริการข้อมูลเมืองจัดพิธีลงนามร่วมกับเทศบาลนครขอนแก่น"
        )
        assert [text] == _sentences_of(text)

    def test_a_broken_time_goes_on(self) -> None:
        """ "10. 45 น." is a time with a stray space."""
        text = "ที่ประชุมเริ่มพิจารณาวาระแรกเรื่องแผนเมืองอัจฉริยะเวลา 10. 45 น. และเสร็จในช่วงบ่าย"
        assert [text] == _sentences_of(text)

    @pytest.mark.parametrize(
        "joint",
        [
            "ผู้ว่าราชการจังหวัดขอนแก่นในฐานะประธานเปิดเผยว่า นายสมศักดิ์",
            "ผู้ว่าราชการจังหวัดขอนแก่นในฐานะประธานลงนามร่วมกับ นายสมศักดิ์",
            "ที่ประชุมรับทราบรายงานความคืบหน้าโครงการของ นางสาวสมใจ ใจงาม",
            "ผู้แทนกระทรวงดิจิทัลเข้าพบนางสาวสมใจ ใจงาม นายกรัฐมนตรี",
        ],
    )
    def test_a_title_after_a_word_that_goes_on(self, joint: str) -> None:
        """No cut after "ว่า" or "ร่วมกับ", nor before a role that starts like a title."""
        text = f"{joint} เดินทางไปตรวจเยี่ยมศูนย์ข้อมูลเมืองอัจฉริยะที่จังหวัดขอนแก่น"
        pieces = _sentences_of(text)
        assert any(joint in piece for piece in pieces)

    def test_a_title_after_a_plain_word_cuts(self) -> None:
        """A person named after a space, after an ordinary word, opens a sentence."""
        text = f"ที่ประชุมเห็นชอบแผนพัฒนาเมืองอัจฉริยะระยะที่สองทั่วประเทศ {THAI_SUBJECT}"
        assert 2 == len(_sentences_of(text))

    def test_scene_runs_on_to_its_subject(self) -> None:
        """ "วันนี้ (date) เวลา … ณ …" and the person after it are one sentence."""
        text = f"{THAI_SCENE} {THAI_SUBJECT} ทั้งนี้ ศูนย์ข้อมูลจะเปิดให้บริการประชาชนในเดือนหน้า"
        assert [f"{THAI_SCENE} {THAI_SUBJECT}"] == _sentences_of(text)[:1]

    def test_a_scene_is_cut_off_when_nothing_else_ends(self) -> None:
        """A scene-led sentence that never ends is cut after its scene after all."""
        run_on = "ศูนย์ข้อมูลเมืองอัจฉริยะ" * 30
        text = f"{THAI_SCENE} {THAI_SUBJECT}{run_on}"
        assert THAI_SCENE == _sentences_of(text)[0]

    def test_inferred_title_is_a_whole_sentence(self) -> None:
        """A one-line Thai release's title is its first sentence, scene and subject."""
        text = f"{THAI_SCENE} {THAI_SUBJECT} ทั้งนี้ ศูนย์ข้อมูลจะเปิดให้บริการประชาชนในเดือนหน้า"
        report = parse_article_report(text)

        assert report.title_inferred
        assert f"{THAI_SCENE} {THAI_SUBJECT}" == report.article.title
        assert "2025-03-03" == str(report.article.published)
        assert_accounted(text, report)

    @given(
        st.lists(
            st.sampled_from(
                [
                    "วันนี้",
                    "นาย",
                    "นายก",
                    "ว่า",
                    "ก.",
                    "(สพอ.)",
                    "10.",
                    "45",
                    "ทั้งนี้",
                    "เมืองอัจฉริยะ",
                    "Mr.",
                    "It.",
                    "ขอนแก่น" * 8,
                    "ดร.",
                    "วันที่",
                ]
            ),
            max_size=60,
        ).map(" ".join)
    )
    def test_spans_cut_only_at_spaces(self, text: str) -> None:
        """Sentences are in order, never overlap, and between them is one space."""
        spans = sentence_spans(text)
        joined = " ".join(text[a:b] for a, b in spans)
        assert joined == text
        assert all(a < b for a, b in spans)

    @pytest.mark.usefixtures("untraced")
    def test_adversarial_thai_lines_are_fast(self) -> None:
        """100k-character lines of near-cues cut in linear time."""
        lines = [
            "วันนี้ " + "นาย ก " * 20_000,
            "ว่า นาย " * 15_000,
            "ก. " * 40_000,
            "1. 2 " * 25_000,
            "วันนี้ (1 มีนาคม 2568) " + "ก" * 100 + " นายก" + " ข" * 40_000,
        ]
        started = time.perf_counter()
        for line in lines:
            sentence_spans(line)
            parse_article_report(line)
        assert time.perf_counter() - started < 10


def test_a_heading_that_opens_a_paragraph_is_no_teaser_head() -> None:
    """A body paragraph that starts with the words of a later heading
    ("X: …" before "X:") round-trips: the heading introduces a list, it is
    no headline the paragraph runs into (found by the render/parse fuzz)."""
    article = Article(
        id="a",
        title="Ministry Ministry",
        blocks=(
            Paragraph(
                text="Ministry ministry ministry ministry: Ministry ministry.",
                label="Ministry ministry ministry ministry",
            ),
            Paragraph(text="Ministry ministry."),
            Heading(text="Ministry ministry ministry ministry:"),
            Paragraph(text="Ministry: Ministry ministry.", label="Ministry"),
        ),
    )
    again = parse_article(render_article(article))
    assert (article.title, article.blocks) == (again.title, again.blocks)


def test_a_heading_and_a_sentence_are_no_headline_halves() -> None:
    """A paragraph printed again as a heading and a sentence is no headline
    cut in two (found by the render/parse fuzz)."""
    article = Article(
        id="a",
        title="Ministry Ministry",
        blocks=(
            Paragraph(text="Ministry: Ministry ministry.", label="Ministry"),
            Heading(text="Ministry:"),
            Paragraph(text="Ministry ministry."),
        ),
    )
    again = parse_article(render_article(article))
    assert (article.title, article.blocks) == (again.title, again.blocks)


def test_a_source_tag_that_is_a_language_code_round_trips() -> None:
    """ "(CN)", a source tag as render_article writes it, is no language
    switcher (found by the render/parse fuzz)."""
    article = Article(
        id="a",
        title="Ministry Ministry",
        blocks=(Paragraph(text="Ministry: Ministry ministry.", label="Ministry"),),
        source_tags=("CN",),
    )
    again = parse_article(render_article(article))
    assert (article.blocks, article.source_tags) == (again.blocks, again.source_tags)


def test_a_heading_in_thai_is_no_section_label() -> None:
    """ "เศรษฐกิจ:" (a heading with its colon) right under the title is no
    site section over another headline (found by the render/parse fuzz)."""
    article = Article(
        id="a",
        title="Ministry Ministry",
        blocks=(
            Heading(text="เศรษฐกิจ:"),
            Paragraph(text="Ministry ministry ministry ministry!"),
            ListItem(text="Ministry ministry."),
        ),
    )
    again = parse_article(render_article(article))
    assert (article.title, article.blocks) == (again.title, again.blocks)


class TestThaiWireShapes:
    """Shapes of Thai pages seen in the real set, in our own words."""

    def test_a_wire_dateline_and_a_dated_opening(self) -> None:
        """ "กรุงเทพฯ 16 พ.ค.- …" gives the place and day, the next paragraph's
        "วันนี้ (ศุกร์ที่ 16 พฤษภาคม 2568)" the year."""
        text = (
            "กรุงเทพฯ 16 พ.ค.- รัฐมนตรีดิจิทัลหารือกับคณะผู้แทนจากเปรู "
            "เรื่องการแลกเปลี่ยนข้อมูลเปิดและการพัฒนาบุคลากรด้านดิจิทัล "
            "ครอบคลุมการค้า การลงทุน และการศึกษา มุ่งเพิ่มความร่วมมือระหว่างกัน "
            "ในอีกห้าปีข้างหน้าให้เป็นรูปธรรมมากขึ้นกว่าเดิมโดยเร็ว "
            "พร้อมจัดตั้งคณะทำงานร่วมเพื่อติดตามความคืบหน้าทุกหกเดือน\n\n"
            "วันนี้ (ศุกร์ที่ 16 พฤษภาคม 2568) เวลา 10.00 น. ที่ทำเนียบรัฐบาล "
            "ทั้งสองฝ่ายหารือเรื่องข้อมูลเปิด"
        )
        art = parse_article(text)
        assert ("2025-05-16", "TH-10") == (
            str(art.published),
            art.dateline.province if art.dateline else None,
        )

    def test_a_month_line_and_a_yearless_today(self) -> None:
        """ " date 2025-05" then "วันนี้ (16 พ.ค.)": the page's day."""
        text = (
            " date 2025-05 วันนี้ (16 พ.ค.) รัฐมนตรีไทยและรัฐมนตรีเปรู "
            "เปิดการสัมมนาเรื่องการค้าดิจิทัลระหว่างสองประเทศ มีนักธุรกิจ นักวิชาการ "
            "และเจ้าหน้าที่รัฐจากเมืองลิมาและกรุงเทพฯ มาร่วมรับฟังกว่าสามร้อยคน "
            "หลังจากนั้นคณะผู้แทนได้เยี่ยมชมศูนย์ข้อมูลแห่งใหม่ของกระทรวง "
            "และหารือเรื่องการพัฒนาบุคลากรด้านปัญญาประดิษฐ์ต่อในช่วงบ่าย\n\n"
            "ผู้แทนจากภาคเอกชนเข้าร่วมจำนวนมาก"
        )
        assert "2025-05-16" == str(parse_article(text).published)

    def test_a_headline_that_ends_with_a_date(self) -> None:
        """A Thai headline ending in a date is the headline, not a dated
        byline: Thai writes it with few spaces."""
        headline = "สรุปข่าวการประชุมคณะรัฐมนตรีนอกสถานที่ประจำสัปดาห์ 25 ส.ค. 2563"
        text = (
            f"{headline}\n\n"
            "กองบรรณาธิการ 25 ส.ค. 2563 | อ่านแล้ว 2030 ครั้ง\n\n"
            "25 ส.ค. 2563 เวลา 10.30 น. ณ ห้องประชุม นายกรัฐมนตรีเป็นประธาน"
            "การประชุมคณะรัฐมนตรี"
        )
        art = parse_article(text)
        assert (headline, "2020-08-25") == (art.title, str(art.published))

    def test_a_numbered_item_is_no_headline(self) -> None:
        text = (
            "สรุปแถลงข่าวประจำสัปดาห์\n"
            "วันพฤหัสบดีที่ ๑๒ พฤษภาคม ๒๕๖๕ เวลา ๐๙.๐๐ น.\n"
            "๑. การประชุมระดับรัฐมนตรีและการประชุมที่เกี่ยวข้อง\n"
            "- รัฐมนตรีเข้าร่วมการประชุม"
        )
        art = parse_article(text)
        assert ("สรุปแถลงข่าวประจำสัปดาห์", "2022-05-12") == (
            art.title,
            str(art.published),
        )

    def test_a_copy_of_the_headline_cut_short(self) -> None:
        """The whole headline above a copy cut short of its last words: the
        longer one is the headline and the copy is dropped."""
        text = (
            "Cities sign a data pact in Lima\n"
            "Cities sign a data pact\n"
            "Ten cities agreed on Monday to share transport data.\n"
        )
        report = parse_article_report(text)
        assert "Cities sign a data pact in Lima" == report.article.title
        assert [DropReason.REPEATED_HEADLINE] == [d.reason for d in report.dropped]
        assert_accounted(text, report)

    def test_a_copy_cut_short_in_other_case(self) -> None:
        """A rendered standfirst that starts the headline over in another
        case is read as its copy cut short, as on pages that print the
        headline twice in two styles (found by the fuzz run)."""
        article = parse_article(
            "Digital ministry signs a data pact in Lima\n"
            "Digital ministry signs A DATA PACT\n"
            "Ten cities agreed on Monday to share transport data.\n"
        )
        assert (article.title, article.subtitle) == (
            "Digital ministry signs a data pact in Lima",
            None,
        )

    def test_a_dotted_date_line_is_no_counter(self) -> None:
        """ "18.10.2023" under the byline is the page's date, not a view count;
        "TH EN" and a text-size control are furniture; "ข้อมูลเผยแพร่" is the
        section."""
        text = (
            "ขนาดอักษร |\n"
            "TH EN\n"
            "ข้อมูลเผยแพร่\n"
            "กระทรวงดิจิทัลลงนามความร่วมมือกับจังหวัดนครนายก\n"
            "18.10.2023\n"
            "วันนี้ (18 ตุลาคม) กระทรวงดิจิทัลลงนามบันทึกความเข้าใจกับจังหวัดนครนายก "
            "เพื่อพัฒนาเมืองอัจฉริยะ"
        )
        art = parse_article(text)
        assert (
            "กระทรวงดิจิทัลลงนามความร่วมมือกับจังหวัดนครนายก",
            "2023-10-18",
            ("ข้อมูลเผยแพร่",),
        ) == (art.title, str(art.published), art.breadcrumbs)

    def test_a_wire_dateline_with_dashes(self) -> None:
        from thaidigital.parse._metadata import read_dateline

        found = read_dateline("กรุงเทพฯ--14 มี.ค.--ก.ดิจิทัล รัฐมนตรีเปิดงาน", None)
        assert found is not None
        assert ("--03-14", "TH-10") == (str(found.date), found.place.province)

    @pytest.mark.parametrize(
        ("opening", "province"),
        [
            ("วันที่ 2 มิถุนายน 2567, จังหวัดน่าน - ", "TH-55"),
            ("2 มิถุนายน 2567, จ.น่าน - ", "TH-55"),
        ],
    )
    def test_a_release_dateline_with_its_day_and_province_words(
        self, opening: str, province: str
    ) -> None:
        """ "วันที่" before the date and "จังหวัด"/"จ." before the province
        are a release's dateline words: the date is the page's."""
        text = (
            "ดีป้าจัดอบรมเมืองอัจฉริยะให้เทศบาล\n\n"
            f"{opening}ผู้บริหารสำนักงานได้บรรยายแก่เจ้าหน้าที่ของเทศบาลหลายแห่ง"
            "เกี่ยวกับการวางแผนเมืองอัจฉริยะ"
        )
        art = parse_article(text)
        assert art.published == PartialDate(year=2024, month=6, day=2)
        assert art.dateline is not None
        assert art.dateline.province == province


class TestLabelledFields:
    """Pages that list a notice's fields with labels, in our own words."""

    def test_a_labelled_title_and_its_recorded_date(self) -> None:
        """ "หัวข้อ :" names the headline and is read out of it; the date
        labelled "วันที่บันทึก" (recorded) is the page's, not the notice's
        own "ลงวันที่" (dated) below."""
        text = (
            "วันที่บันทึก : 5 มีนาคม 2566\n\n"
            "หัวข้อ : ประกาศกระทรวงเรื่องการเปิดเผยข้อมูลสภาพอากาศของจังหวัด\n\n"
            "เล่มที่ : 12\n\n"
            "ลงวันที่ : 20/02/2566\n\n"
            "กระทรวงประกาศให้หน่วยงานในจังหวัดเปิดเผยข้อมูลสภาพอากาศรายวัน "
            "ผ่านเว็บไซต์กลางของรัฐ เพื่อให้ประชาชนนำไปใช้ได้โดยไม่เสียค่าใช้จ่าย"
        )
        report = parse_article_report(text)
        art = report.article
        assert (
            "ประกาศกระทรวงเรื่องการเปิดเผยข้อมูลสภาพอากาศของจังหวัด",
            "2023-03-05",
        ) == (art.title, str(art.published))
        assert ("title", "หัวข้อ :") in [(m.field, m.text) for m in report.metadata]
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        "line", ["Title: Cities sign a data pact", "Headline : Cities sign a data pact"]
    )
    def test_an_english_title_label(self, line: str) -> None:
        text = (
            f"City Desk\n{line}\nTen cities agreed on Monday to share transport data."
        )
        report = parse_article_report(text)
        assert "Cities sign a data pact" == report.article.title
        assert_accounted(text, report)

    def test_a_title_word_without_a_colon_is_the_headline(self) -> None:
        text = "Title race goes to the last day\nThe league ends on Sunday."
        assert "Title race goes to the last day" == parse_article(text).title

    @pytest.mark.usefixtures("untraced")
    def test_title_labels_are_fast(self) -> None:
        text = "หัวข้อ" + " :" * 50_000 + "\nThe body."
        start = time.perf_counter()
        parse_article_report(text)
        assert time.perf_counter() - start < 2.0


class TestDateThenExtras:
    """A date line with a time, an age or sections after the date."""

    @pytest.mark.parametrize(
        ("line", "published"),
        [
            ("March 9, 2021 / 7:15 AM / 2 hours ago", "2021-03-09"),
            ("เมื่อ: วันอังคาร, มีนาคม 9th, 2021, หมวด ข่าวเด่น, ท้องถิ่น", "2021-03-09"),
            ("Posted: 9 March 2021, Regions, Tech", "2021-03-09"),
            ("Tue Mar 09 2021 00:00:00 GMT+0700 (Indochina Time)", "2021-03-09"),
            ("Tue Mar 09 2021 08:30:00 GMT+0000", "2021-03-09"),
            ("Ana Maria J. Diaz (The Courier) - March 9, 2021 - 9:00am", "2021-03-09"),
        ],
    )
    def test_date_line_with_extras(self, line: str, published: str) -> None:
        text = (
            "Cities sign a data pact in Lima\n"
            f"{line}\n"
            "Ten cities agreed on Monday to share transport data."
        )
        report = parse_article_report(text)
        assert (published, "Cities sign a data pact in Lima") == (
            str(report.article.published),
            report.article.title,
        )
        assert ["published"] == [m.field for m in report.metadata]
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        "line",
        [
            "May 5, 2024, ministers met in Lima to sign a pact",
            "May 5, 2024, ministers met in Lima.",
            "Room 5 / 7:15 AM / a day ago",
            "เมื่อ วันนี้ทุกคนได้กลับบ้าน, แล้ว",
        ],
    )
    def test_no_whole_date_or_long_extras_is_no_date_line(self, line: str) -> None:
        assert read_dated_line(line, None) is None

    @pytest.mark.usefixtures("untraced")
    def test_many_cuts_are_fast(self) -> None:
        start = time.perf_counter()
        for line in ("May 5, 2024" + ", a" * 50_000, "1 / " * 50_000):
            read_dated_line(line, None)
            parse_article_report(f"Title here\n{line}\nBody text.")
        assert time.perf_counter() - start < 2.0


class TestDatedOpening:
    """A first paragraph that opens with its whole date and a comma."""

    @pytest.mark.parametrize(
        ("opening", "published"),
        [
            ("7 สิงหาคม พ.ศ. 2564, ", "2021-08-07"),
            ("7 ส.ค. 2564, ", "2021-08-07"),
            # A newspaper's dash after the date, then where it happened.
            ("7 ส.ค. 64 - ที่ศาลากลางจังหวัดลำปาง ", "2021-08-07"),
            ("7 สิงหาคม 2564 – ที่ศาลากลางจังหวัดลำปาง ", "2021-08-07"),
        ],
    )
    def test_dated_opening_with_a_comma(self, opening: str, published: str) -> None:
        story = (
            f"{opening}นางสาวมาลี ใจงาม ผู้อำนวยการสำนักงานข้อมูลเมือง "
            "เปิดศูนย์ข้อมูลเมืองแห่งใหม่ที่จังหวัดลำปาง เพื่อให้เทศบาลและประชาชน "
            "ใช้ข้อมูลการจราจร คุณภาพอากาศ และการใช้น้ำร่วมกัน "
            "โดยศูนย์จะเปิดให้บริการทุกวันตั้งแต่เดือนหน้าเป็นต้นไป"
        )
        text = f"ศูนย์ข้อมูลเมืองแห่งใหม่เปิดที่ลำปาง\n\n{story}\n\nมีผู้ร่วมงานกว่าร้อยคน"
        report = parse_article_report(text)
        assert (published, DateSource.OPENING) == (
            str(report.article.published),
            report.published_from.source if report.published_from else None,
        )
        # The date stays in the paragraph, as the page writes it.
        assert story == report.article.blocks[0].text
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        "story",
        [
            "12 คนเข้าร่วมงาน, นางสาวมาลีกล่าวเปิดงาน",
            "12 คนเข้าร่วมงาน - นางสาวมาลีกล่าวเปิดงาน",
            # A range of days opening the story is the event's, not the page's.
            "7 สิงหาคม 2564 - 9 สิงหาคม 2564 เทศบาลจัดงานข้อมูลเมือง",
            "7 August, the ministry opened a data centre in Lampang.",
            "7 August 2021, the ministry opened a data centre in Lampang.",
        ],
    )
    def test_no_whole_date_is_no_opening_date(self, story: str) -> None:
        text = f"A data centre opens in Lampang\n\n{story}\n\nMore text."
        assert parse_article(text).published is None

    def test_a_dated_second_paragraph_is_no_page_date(self) -> None:
        text = (
            "A data centre opens in Lampang\n\n"
            "The ministry opened a data centre on Monday.\n\n"
            "7 August 2021, the first one opened in Lampang."
        )
        assert parse_article(text).published is None

    @pytest.mark.usefixtures("untraced")
    def test_long_openings_are_fast(self) -> None:
        start = time.perf_counter()
        parse_article_report("Title here\n\n12 " + "ab " * 100_000 + ", x\n\nMore.")
        assert time.perf_counter() - start < 2.0

    @pytest.mark.usefixtures("untraced")
    def test_long_thai_openings_with_dashes_are_fast(self) -> None:
        """Near-matches of the dashed opening: many digit-led Thai runs with
        dashes too far from them, and dashes before digits."""
        near = "7 ก" + "ข - " * 20 + "9 "
        start = time.perf_counter()
        parse_article_report("Title here\n\n" + near * 5_000 + "\n\nMore.")
        parse_article_report("Title here\n\n7 ก" + "ข" * 100_000 + " - x\n\nMore.")
        assert time.perf_counter() - start < 2.0


class TestDatedHeadlines:
    """Headlines that open with the page's date, in our own words."""

    def test_month_and_colon_before_the_headline(self) -> None:
        """ "![]()" before the line is an image's markdown left behind; the
        month and colon are the page's date, read out of the title, and the
        story's event date is not the page's."""
        text = (
            "![]() ![]() |\n"
            "![]() มีนาคม 2564 : เทศบาลเปิดศูนย์ข้อมูลเมืองแห่งใหม่\n"
            "เทศบาลเปิดศูนย์ข้อมูลเมืองแห่งใหม่ เมื่อวันที่ 9 มีนาคม 2564 "
            "นายกเทศมนตรีเป็นประธานในพิธีเปิด พร้อมเชิญผู้แทนชุมชนร่วมงาน"
        )
        report = parse_article_report(text)
        art = report.article
        assert ("เทศบาลเปิดศูนย์ข้อมูลเมืองแห่งใหม่", "2021-03") == (
            art.title,
            str(art.published),
        )
        assert report.published_from is not None
        assert DateSource.HEADLINE == report.published_from.source
        assert ("published", "มีนาคม 2564 :") in [
            (m.field, m.text) for m in report.metadata
        ]
        assert_accounted(text, report)

    def test_whole_date_opening_the_headline_gives_the_year(self) -> None:
        """A headline that opens with a whole date keeps it; the date gives
        the year the story's "วันนี้ (9 มี.ค.)" lacks."""
        headline = "9 มีนาคม 2564 เทศบาลเปิดศูนย์ข้อมูลเมืองแห่งใหม่"
        text = (
            f"{headline}\n\n"
            "วันนี้ (9 มี.ค.) นายกเทศมนตรีเป็นประธานในพิธีเปิดศูนย์ข้อมูลเมือง "
            "พร้อมเชิญผู้แทนชุมชนร่วมงานกว่าร้อยคน"
        )
        art = parse_article(text)
        assert (headline, "2021-03-09") == (art.title, str(art.published))

    @pytest.mark.parametrize(
        "headline",
        [
            "May 2024 inflation rises in the north",
            "2024: the year cities shared their data",
            "Cities sign a data pact: 9 March 2021 deadline",
        ],
    )
    def test_no_page_date_from_these_headlines(self, headline: str) -> None:
        text = f"{headline}\nTen cities agreed on Monday to share transport data."
        art = parse_article(text)
        assert (headline, None) == (art.title, art.published)

    def test_image_markdown_with_alt_text_is_dropped(self) -> None:
        text = (
            "![A city hall](/img/hall.jpg) Cities sign a data pact\nTen cities agreed."
        )
        report = parse_article_report(text)
        assert "Cities sign a data pact" == report.article.title
        assert [DropReason.DECORATION] == [d.reason for d in report.dropped]
        assert_accounted(text, report)

    @pytest.mark.usefixtures("untraced")
    def test_many_images_and_colons_are_fast(self) -> None:
        start = time.perf_counter()
        for line in ("![](" * 50_000 + " x", "![]()" * 50_000 + " x", "1 : " * 50_000):
            parse_article_report(f"{line}\nTen cities agreed.")
        assert time.perf_counter() - start < 2.0


class TestBackLinks:
    """A section trail ending with a back link, in our own words."""

    @pytest.mark.parametrize(
        ("trail", "crumbs"),
        [
            ("ข่าวภูมิภาค - ภาคเหนือ ย้อนกลับ", ("ข่าวภูมิภาค - ภาคเหนือ",)),
            ("Regions › North Go back", ("Regions", "North")),
        ],
    )
    def test_trail_and_back_link_above_the_headline(
        self, trail: str, crumbs: tuple[str, ...]
    ) -> None:
        headline = "เทศบาลเชียงรายเปิดศูนย์ข้อมูลเมืองแห่งใหม่ให้ประชาชนใช้ฟรี"
        text = (
            "เสียงของชุมชน เพื่อเมืองที่น่าอยู่\n"
            f"{trail}\n"
            f"{headline}\n"
            "3 มี.ค. 2567\n"
            "เทศบาลเชียงรายเปิดศูนย์ข้อมูลเมือง ให้ประชาชนดูข้อมูลการจราจรและคุณภาพอากาศ "
            "ผ่านเว็บไซต์ของเทศบาลได้ตลอดวัน โดยไม่เสียค่าใช้จ่าย"
        )
        report = parse_article_report(text)
        art = report.article
        assert (headline, crumbs) == (art.title, art.breadcrumbs)
        assert DropReason.NAVIGATION in [d.reason for d in report.dropped]
        assert_accounted(text, report)

    def test_back_link_alone_is_navigation(self) -> None:
        report = parse_article_report("ย้อนกลับ\nA data pact\nTen cities agreed.")
        assert [DropReason.NAVIGATION] == [d.reason for d in report.dropped]

    @pytest.mark.parametrize(
        "line",
        [
            "Ministers go back",
            "Ministers will go back.",
            "A long list of the many places ministers visit each year go back",
        ],
    )
    def test_headline_ending_in_back_words_stays(self, line: str) -> None:
        text = f"{line}\nTen cities agreed on Monday to share transport data."
        assert line == parse_article(text).title

    @pytest.mark.usefixtures("untraced")
    def test_long_trails_are_fast(self) -> None:
        start = time.perf_counter()
        parse_article_report("a " * 100_000 + "ย้อนกลับ\nA data pact\nTen cities agreed.")
        assert time.perf_counter() - start < 2.0


class TestHeadlineOverLines:
    """A Thai headline printed over several lines, in our own words."""

    BODY = (
        "มหาวิทยาลัยแห่งหนึ่งในจังหวัดลำปางจับมือเทศบาล เปิดศูนย์ข้อมูลเมือง "
        "ให้นักศึกษาและประชาชนใช้ข้อมูลการจราจร คุณภาพอากาศ และการใช้น้ำร่วมกัน "
        "โดยจะเริ่มเปิดให้บริการตั้งแต่เดือนหน้าเป็นต้นไป ไม่เสียค่าใช้จ่าย "
        "และจะจัดอบรมการใช้ข้อมูลให้ผู้นำชุมชนทุกตำบลในช่วงปลายปีนี้"
    )

    def test_short_first_line_and_the_rest_of_the_header(self) -> None:
        lines = ["ABC จับมือ เทศบาล", "เปิด ‘ศูนย์ข้อมูลเมือง’", "ยกระดับเมืองลำปาง-คุณภาพชีวิต"]
        text = "\n".join([*lines, self.BODY])
        report = parse_article_report(text)
        assert (" ".join(lines), None) == (
            report.article.title,
            report.article.subtitle,
        )
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        "text",
        [
            # A blank line between: a headline and a standfirst.
            "ABC จับมือ เทศบาล\n\nเปิด ‘ศูนย์ข้อมูลเมือง’\n\n{body}",
            # A first line long enough to be a headline on its own.
            "มหาวิทยาลัยจับมือเทศบาลลำปาง\nเปิด ‘ศูนย์ข้อมูลเมือง’\n{body}",
            # A line that ends like a sentence is no part of a headline.
            "ABC จับมือ เทศบาล\nเปิดศูนย์ข้อมูลเมืองแล้ว.\n{body}",
        ],
    )
    def test_no_join_without_the_evidence(self, text: str) -> None:
        text = text.format(body=self.BODY)
        report = parse_article_report(text)
        assert report.article.title == text.split("\n")[0]
        assert_accounted(text, report)

    def test_english_lines_are_not_joined(self) -> None:
        text = "Data pact\nten cities sign\nTen cities agreed on Monday to share data."
        assert "Data pact" == parse_article(text).title


class TestThaiStandfirst:
    """A Thai first paragraph that opens with its day is no standfirst."""

    @pytest.mark.parametrize(
        "first",
        [
            "เมื่อวันที่ 3 มีนาคม 2567 ณ ศาลากลางจังหวัดลำปาง นายกเทศมนตรีเปิดศูนย์ข้อมูลเมือง",
            "วันที่ 3 มีนาคม เวลา 10.00 น. ณ ศาลากลางจังหวัดลำปาง นายกเทศมนตรีเปิดงาน",
            "3 มีนาคม 2567 นางสาวมาลี ใจงาม เปิดศูนย์ข้อมูลเมืองที่ลำปาง",
        ],
    )
    def test_dated_first_paragraph(self, first: str) -> None:
        text = f"ลำปางเปิดศูนย์ข้อมูลเมืองแห่งใหม่\n\n{first}\n\nมีผู้ร่วมงานกว่าร้อยคน"
        report = parse_article_report(text)
        assert (None, first) == (
            report.article.subtitle,
            report.article.blocks[0].text,
        )
        assert_accounted(text, report)

    def test_undated_standfirst_stays(self) -> None:
        first = "เทศบาลเตรียมขยายศูนย์ไปอีกสามอำเภอ"
        text = f"ลำปางเปิดศูนย์ข้อมูลเมืองแห่งใหม่\n\n{first}\n\nมีผู้ร่วมงานกว่าร้อยคน"
        assert first == parse_article(text).subtitle


class TestPublisherUnitLabel:
    """Thai organisations print the office that publishes their news (its
    public relations unit, then the organisation's name) above the headline."""

    def test_unit_label_above_the_headline_is_a_breadcrumb(self) -> None:
        text = (
            "งานประชาสัมพันธ์ วิทยาลัยตัวอย่างนคร\n\n"
            "วิทยาลัยตัวอย่างนคร ร่วมลงนามความร่วมมือด้านข้อมูลเมืองกับเทศบาลนครตัวอย่าง\n\n"
            "อธิการบดีวิทยาลัยตัวอย่างนครและนายกเทศมนตรีร่วมลงนามบันทึกข้อตกลงความร่วมมือ"
        )
        report = parse_article_report(text)
        assert (
            "วิทยาลัยตัวอย่างนคร ร่วมลงนามความร่วมมือด้านข้อมูลเมืองกับเทศบาลนครตัวอย่าง",
            ("งานประชาสัมพันธ์ วิทยาลัยตัวอย่างนคร",),
        ) == (report.article.title, report.article.breadcrumbs)
        assert_accounted(text, report)

    def test_a_headline_that_starts_with_the_unit_stays_the_title(self) -> None:
        """A headline about the unit itself has more words than a label."""
        title = "กองประชาสัมพันธ์ จัดอบรม การเขียนข่าว ให้ เจ้าหน้าที่ ท้องถิ่น"
        text = f"{title}\n\nเจ้าหน้าที่จากสิบเทศบาลเข้าร่วมการอบรมสองวัน"
        assert title == parse_article(text).title


class TestHeaderSuffixesAndStamps:
    """Dates and names that pages print on the headline's own line, in our
    own words."""

    def test_a_dated_suffix_is_read_out_of_the_headline(self) -> None:
        """ "Headline | Updated:DATE": the date after the bar is the page's,
        read out of the title and reported."""
        text = (
            "Home > News\n\n"
            "Two river cities sign a friendship letter | Updated:2024-04-01\n\n"
            "The two cities signed a letter of intent on March 31 in the old town."
        )
        report = parse_article_report(text)
        art = report.article
        assert ("Two river cities sign a friendship letter", "2024-04-01") == (
            art.title,
            str(art.published),
        )
        assert ("published", "| Updated:2024-04-01") in [
            (m.field, m.text) for m in report.metadata
        ]
        assert report.published_from is not None
        assert DateSource.UPDATED == report.published_from.source
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        "headline",
        [
            "Two river cities sign a friendship letter | City Daily",
            "Rates hold | 2024 outlook",
        ],
    )
    def test_a_bar_without_a_date_stays_in_the_headline(self, headline: str) -> None:
        text = f"{headline}\n\nThe two cities signed a letter of intent on Monday."
        art = parse_article(text)
        assert (headline, None) == (art.title, art.published)

    def test_a_labelled_date_without_a_space(self) -> None:
        line = read_dated_line("Posted:2024-05-03", None)
        assert line is not None
        assert ("published", "2024-05-03") == (line.kind, str(line.date))

    def test_a_piped_credit_line_in_the_header(self) -> None:
        """ "Source: X| DATE TIME| Author: Y" under the headline gives the
        date; a piece too long for a name is no credit."""
        text = (
            "Ministries launch a shared cloud for hospitals\n\n"
            "Source: Science and Health Daily| 2022-01-06 09:13:46| Author: Staff\n\n"
            "Two ministries launched a shared cloud for public hospitals."
        )
        report = parse_article_report(text)
        assert "2022-01-06" == str(report.article.published)
        assert report.published_from is not None
        assert DateSource.CREDIT == report.published_from.source
        assert_accounted(text, report)
        long_piece = text.replace(
            "Author: Staff", "the ministers said they were pleased."
        )
        assert parse_article(long_piece).published is None

    def test_a_browser_title_above_the_headline(self) -> None:
        """The headline with an agency's name after a dash, above the
        headline itself, is the browser's title: dropped as masthead."""
        text = (
            "Two neighbours sign a telecom pact-Wire\n\n"
            "Two neighbours sign a telecom pact\n\n"
            "Source: Wire\n\n"
            "The two ministers signed the pact on Monday in the border town."
        )
        report = parse_article_report(text)
        assert "Two neighbours sign a telecom pact" == report.article.title
        assert ("Two neighbours sign a telecom pact-Wire", DropReason.MASTHEAD) in [
            (d.text, d.reason) for d in report.dropped
        ]
        assert_accounted(text, report)

    def test_a_headline_and_its_cut_copy_keep_the_whole_headline(self) -> None:
        """No dash or bar: the longer line is the headline, as before."""
        text = (
            "Two neighbours sign a telecom pact in the north\n\n"
            "Two neighbours sign a telecom pact\n\n"
            "The two ministers signed the pact on Monday in the border town."
        )
        assert (
            "Two neighbours sign a telecom pact in the north"
            == parse_article(text).title
        )

    def test_an_outlet_stamp_and_date_before_the_headline(self) -> None:
        """ "Site News : DATE headline": the outlet's name and the date are
        read out of the title; the date is the page's."""
        headline = "รัฐบาลเร่งขับเคลื่อนเมืองข้อมูลในสิบจังหวัดนำร่อง"
        text = (
            f"Sample Post : 28 ธันวาคม 2564 {headline}\n\n"
            "โครงการนี้มุ่งเพิ่มคุณภาพชีวิตของคนในเมืองด้วยข้อมูลเปิด"
        )
        report = parse_article_report(text)
        art = report.article
        assert (headline, "2021-12-28") == (art.title, str(art.published))
        assert ("published", "Sample Post : 28 ธันวาคม 2564") in [
            (m.field, m.text) for m in report.metadata
        ]
        assert_accounted(text, report)

    @pytest.mark.parametrize(
        "headline",
        [
            "Minister : 3 cities to share data by May",
            "Sample Post : ข่าวเมืองข้อมูลในสิบจังหวัดนำร่อง",
        ],
    )
    def test_no_stamp_without_a_whole_date(self, headline: str) -> None:
        text = f"{headline}\n\nTen cities agreed on Monday to share transport data."
        art = parse_article(text)
        assert (headline, None) == (art.title, art.published)

    @pytest.mark.usefixtures("untraced")
    def test_suffixes_and_stamps_are_fast(self) -> None:
        start = time.perf_counter()
        for line in (
            "Cities sign a pact " + "| 1 " * 30_000,
            "A " * 30_000 + ": 1 May 2024 x",
            "Source: " + "x| " * 30_000,
            "Cities sign a pact-" * 5_000,
        ):
            parse_article_report(f"{line}\nTen cities agreed.")
        assert time.perf_counter() - start < 2.0


class TestRoundFiveShapes:
    """Shapes of the round's new English pages, in our own words."""

    def test_a_date_that_opens_an_english_headline_is_the_pages(self) -> None:
        text = (
            "March 31, 2031 Signing of a Memorandum of Cooperation on Ports\n\n"
            "The ports ministers of Peru and Chile signed today a memorandum of "
            "cooperation on port data."
        )
        report = parse_article_report(text)
        art = report.article
        assert art.title == "Signing of a Memorandum of Cooperation on Ports"
        assert str(art.published) == "2031-03-31"
        assert_accounted(text, report)

    def test_a_byline_of_only_a_date_and_a_time_zone(self) -> None:
        text = (
            "Andes University signs MoU with a Peruvian college\n\n"
            "By Tue, 21 May 2030 GMT\n\n"
            "Lima, 21st May 2030 --- The two presidents signed the memorandum "
            "at a ceremony on the campus."
        )
        art = parse_article(text)
        assert (str(art.published), art.byline) == ("2030-05-21", None)

    def test_a_headline_the_slug_names_below_a_blogs_masthead(self) -> None:
        text = (
            "Notes from the Andes\n\n"
            "Ведите блог и слушайте радио. Please read more news and listen to "
            "our radio at the station's site every day.\n\n"
            "Tuesday 28 May 2030\n\n"
            "Peru, Chile ministers to meet next month for talks on ports\n\n"
            "LIMA, May 27, 2030 -- The ministers will meet on June 11 to discuss "
            "port cooperation, officials said Monday."
        )
        url = "http://andesnotes.example.com/2030/05/peru-chile-ministers-to-meet-next-month.html"
        report = parse_article_report(text, url=url)
        art = report.article
        assert (
            art.title == "Peru, Chile ministers to meet next month for talks on ports"
        )
        assert str(art.published) == "2030-05-28"
        assert art.blocks[0].text.startswith("The ministers will meet")
        assert_accounted(text, report)

    def test_a_thai_wire_dateline_with_its_issuers_full_name(self) -> None:
        """ "กรุงเทพฯ--17 ส.ค.--<the ministry's full name>" on a line of its
        own: the page's (yearless) date, and no headline from it."""
        text = (
            "กรุงเทพฯ--17 ส.ค.--กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\n"
            "รัฐมนตรีว่าการกระทรวงกล่าวเปิดงานสัมมนาด้านเมืองอัจฉริยะที่จังหวัดระยอง "
            "โดยมีผู้แทนจากหน่วยงานท้องถิ่นเข้าร่วมจำนวนมาก"
        )
        art = parse_article(text)
        assert str(art.published) == "--08-17"

    @pytest.mark.parametrize(
        ("line", "date"),
        [
            ("โพสเมื่อ : Thursday, November 24th, 2030 : 9.07 am", "2030-11-24"),
            ("27 กันยายน 2573 : 20:00 น.", "2030-09-27"),
        ],
    )
    def test_a_date_line_with_a_time_set_off_by_a_colon(
        self, line: str, date: str
    ) -> None:
        text = (
            "เทศบาลลงนามบันทึกข้อตกลงเชื่อมโยงกล้องวงจรปิดทั้งจังหวัด\n\n"
            f"{line}\n\n"
            "เมื่อวันที่ 22 พฤศจิกายน 2573 นายกเทศมนตรีลงนามบันทึกข้อตกลงกับตำรวจ"
            "ภูธรจังหวัด เพื่อเชื่อมโยงข้อมูลกล้องวงจรปิดร่วมกัน"
        )
        assert str(parse_article(text).published) == date

    def test_a_thai_byline_and_a_forum_topic_label(self) -> None:
        text = (
            "THAI NEWS\n\n"
            "โดย กองบรรณาธิการ ข่าวเมือง\n\n"
            "27 กันยายน 2573 : 20:00 น.\n\n"
            "เทศบาลจับมือตำรวจภูธรติดตั้งกล้อง CCTV ทั่วเมือง\n\n"
            "เมื่อวันที่ 27 ก.ย. นายกเทศมนตรีลงนามบันทึกข้อตกลงกับตำรวจภูธรจังหวัด"
        )
        art = parse_article(text)
        assert (art.byline, str(art.published)) == (
            "กองบรรณาธิการ ข่าวเมือง",
            "2030-09-27",
        )
        assert art.title == "เทศบาลจับมือตำรวจภูธรติดตั้งกล้อง CCTV ทั่วเมือง"
        forum = parse_article(
            "Author Topic: [15/12/73] เยี่ยมชมศูนย์ควบคุมกล้อง CCTV ของเทศบาล\n\n"
            "คณะทำงานเข้าเยี่ยมชมศูนย์ควบคุมกล้องและรับฟังแนวทางการดำเนินงาน"
        )
        assert forum.title == "[15/12/73] เยี่ยมชมศูนย์ควบคุมกล้อง CCTV ของเทศบาล"

    def test_a_read_count_after_a_forum_headline(self) -> None:
        text = (
            "Author Topic: [15/12/73] Peru visits the city CCTV centre (Read 181 times)\n\n"
            "The team visited the city CCTV centre and heard its plans."
        )
        report = parse_article_report(text)
        assert report.article.title == "[15/12/73] Peru visits the city CCTV centre"
        assert ("counter", "(Read 181 times)") in [
            (m.field, m.text) for m in report.metadata
        ]
        assert_accounted(text, report)

    def test_a_crosshead_the_slug_names_is_no_headline(self) -> None:
        """The story's paragraphs above a subhead that the slug happens to
        name stay the story: nothing is dropped as masthead."""
        text = (
            "Villages get faster internet\n\n"
            "The ministry said on Monday that 2,000 villages will be connected "
            "by the end of the year under the new plan.\n\n"
            "Officials said the work had started in the north and would reach "
            "the south in June.\n\n"
            "Broadband for every village\n\n"
            "The plan also funds training for local technicians in each province."
        )
        url = "https://example.com/news/broadband-for-every-village.html"
        report = parse_article_report(text, url=url)
        assert report.article.title == "Villages get faster internet"
        assert report.article.blocks[0].text.startswith("The ministry said")
        assert_accounted(text, report)

    def test_a_thai_by_in_the_story_is_no_byline(self) -> None:
        """ "โดย" also joins clauses: in the story it opens prose, not a byline."""
        text = (
            "เทศบาลเปิดศูนย์ข้อมูลเมือง\n\n"
            "นายกเทศมนตรีเปิดศูนย์ข้อมูลเมืองแห่งใหม่เมื่อวันจันทร์\n\n"
            "โดย ศูนย์ข้อมูลแห่งนี้ จะให้บริการประชาชนทุกวัน"
        )
        report = parse_article_report(text)
        assert report.article.byline is None
        assert report.article.blocks[-1].text.startswith("โดย ศูนย์ข้อมูล")
        assert_accounted(text, report)

    def test_a_dateline_with_a_comma_before_its_year(self) -> None:
        text = (
            "Ambassador Pays Courtesy Call on the Minister\n\n"
            "Posted by: Press Office\n\n"
            "Lima, February 11, 2031: The minister met the ambassador to discuss "
            "cooperation projects."
        )
        assert str(parse_article(text).published) == "2031-02-11"

    def test_the_headline_under_a_breadcrumb_that_repeats_it(self) -> None:
        text = (
            "- Home\n- News & Events\n- Press Releases\n"
            "- Andes States Call for Tighter Cyber Coordination\n"
            "Andes States Call for Tighter Cyber Coordination\n"
            "11 October 2031\n\n"
            "Ministers met in Lima and agreed to coordinate their cyber defence."
        )
        report = parse_article_report(text)
        assert (
            report.article.title == "Andes States Call for Tighter Cyber Coordination"
        )
        assert_accounted(text, report)
