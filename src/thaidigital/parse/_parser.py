"""The parse pipeline: lines → furniture out → header (metadata, headline) →
body → blocks.

Each step only marks lines; nothing is thrown away without a
:class:`DroppedLine` or a :class:`MetadataSpan` saying where it went.
"""

from __future__ import annotations

import collections
import datetime as dt
import re

import attrs

from thaidigital._errors import InvalidValueError, ParseError
from thaidigital.models import Article, Heading, ListItem, Paragraph, PartialDate, Place
from thaidigital.parse._blocks import (
    heading_shape,
    label_of,
    list_marker,
    name_words,
    subtitle_shape,
)
from thaidigital.parse._furniture import (
    back_link_trail,
    furniture_reason,
    is_related_heading,
    is_section_label,
    share_runs,
)
from thaidigital.parse._headline import (
    HEADLINE_MAX_CHARS,
    THAI_HEADLINE_MIN_CHARS,
    choose_headline,
    crumbs_before,
    runs_into,
    site_suffixed,
    slug_line,
    slug_tokens,
    split_copies,
)
from thaidigital.parse._ids import article_id
from thaidigital.parse._jsonld import JsonLd, find_blobs, harvest
from thaidigital.parse._language import script_language
from thaidigital.parse._lines import (
    Line,
    check_text,
    ends_sentence,
    input_offset,
    input_offsets,
    repair_spaces,
    split_lines,
)
from thaidigital.parse._metadata import (
    DateLine,
    opens_with_day,
    read_breadcrumb_line,
    read_byline,
    read_counter_suffix,
    read_credit_line,
    read_dated_line,
    read_dated_suffix,
    read_dateline,
    read_headline_date,
    read_leading_date,
    read_minutes,
    read_opening_date,
    read_placed_date_line,
    read_prose_tags,
    read_source_tag_line,
    read_source_tag_suffix,
    read_tags_line,
    read_thai_byline,
    read_title_label,
)
from thaidigital.parse._report import (
    DateSource,
    DroppedLine,
    DropReason,
    MetadataSpan,
    ParseReport,
    PublishedFrom,
)
from thaidigital.parse._sentences import sentence_spans
from thaidigital.reference._index import is_thai

__all__ = ["parse_report"]

# A line that ends a "related articles" list: real prose, not a headline.
_PROSE_MIN_WORDS = 12
_WORD_EDGES = ".,;:!?\"'“”‘’()[]"
# The header is the lines above the first paragraph, at most this many.
_HEADER_MAX_LINES = 15
# A first line that reads as a story's opening, not a headline.
_OPENING_MIN_WORDS = 25
# Date lines are still read this many lines into the body ("By X" then a
# date line under the first paragraph).
_LATE_DATE_LINES = 6
# The body lines the headline's words are looked for in.
_BODY_SAMPLE_LINES = 30
# Two sentences on one line (Thai abbreviations, "ม.อ. หนุน", are not).
_SENTENCE_BREAK = re.compile(r"[.!?] [A-Z]")
# A dateline opens one of the first paragraphs (a caption may come first).
_DATELINE_TRIES = 3
# The slug's headline is looked for this many lines below a masthead.
_SLUG_LOOKAHEAD = 6
# A teaser (the headline run into the story) has the headline this near below.
_TEASER_LOOKAHEAD = 3


def _is_prose(text: str) -> bool:
    return ends_sentence(text) and text.count(" ") >= _PROSE_MIN_WORDS - 1


def _optional_text(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ParseError(f"{what} must be a str, got {type(value).__name__}")
    return " ".join(value.split()) or None


@attrs.frozen
class _DateFound:
    """A date the page states, on which line, and in what kind of place."""

    date: PartialDate
    source: DateSource
    start: int
    end: int


# Among several dates the strongest kind of place wins, then the first.
_DATE_RANK = {source: rank for rank, source in enumerate(DateSource)}
# A header date line, a dateline and a press release's opening date are
# equally strong: the first on the page wins.
_DATE_RANK[DateSource.DATELINE] = _DATE_RANK[DateSource.HEADER]
_DATE_RANK[DateSource.OPENING] = _DATE_RANK[DateSource.HEADER]


@attrs.define
class _Work:
    """The mutable state of one parse; only this module sees it."""

    text: str
    reference_date: dt.date | None
    dropped: list[DroppedLine] = attrs.Factory(list)
    metadata: list[MetadataSpan] = attrs.Factory(list)
    # Per line, keyed by its start in the input: where its kept text starts
    # and ends (normalised offsets).
    trim_start: dict[int, int] = attrs.Factory(dict)
    trim_end: dict[int, int] = attrs.Factory(dict)
    # Every date the page states as its own, to choose from at the end.
    dates: list[_DateFound] = attrs.Factory(list)
    dateline: Place | None = None
    read_minutes: int | None = None
    byline: str | None = None
    tags: tuple[str, ...] = ()
    breadcrumbs: tuple[str, ...] = ()
    source_tags: list[str] = attrs.Factory(list)
    title_inferred: bool = False

    def drop(self, line: Line, reason: DropReason) -> None:
        self.dropped.append(
            DroppedLine(
                start=line.start,
                end=line.end,
                text=self.text[line.start : line.end],
                reason=reason,
            )
        )

    def note(self, line: Line, field: str, first: int = 0, last: int = -1) -> None:
        """Record ``line.text[first:last + 1]`` (non-space ends) as metadata."""
        if last < 0:
            last = len(line.text) - 1
        start = input_offset(self.text, line, first)
        end = input_offset(self.text, line, last) + 1
        self.metadata.append(
            MetadataSpan(start=start, end=end, text=self.text[start:end], field=field)
        )

    def found(self, date: PartialDate | None, source: DateSource, line: Line) -> None:
        """Remember a date the page states on ``line``."""
        if date is not None:
            self.dates.append(_DateFound(date, source, line.start, line.end))

    def kept(self, line: Line) -> str:
        return line.text[
            self.trim_start.get(line.start, 0) : self.trim_end.get(
                line.start, len(line.text)
            )
        ]

    def published(self) -> _DateFound | None:
        """The page's date: the strongest stated, made more precise by a date
        that agrees with it ("date 2025-05", then "วันนี้ (1 พฤษภาคม 2568)").
        A date without a year ("May 21" in a dateline) gives way to one with
        a year that the page states outside its masthead."""
        if not self.dates:
            return None
        best = min(self.dates, key=lambda d: (_DATE_RANK[d.source], d.start))
        if best.date.year is None:
            dated = [
                d
                for d in self.dates
                if d.date.year is not None and d.source is not DateSource.MASTHEAD
            ]
            if dated:
                best = min(dated, key=lambda d: (_DATE_RANK[d.source], d.start))
        if best.date.day is None and best.date.month is not None:
            for other in self.dates:
                date = other.date
                if date.day is not None and (date.year, date.month) == (
                    best.date.year,
                    best.date.month,
                ):
                    return attrs.evolve(best, date=date)
            for other in self.dates:
                date = other.date
                if (
                    date.day is not None
                    and date.year is None
                    and best.date.year is not None
                    and date.month == best.date.month
                ):
                    # " date 2025-05", then "วันนี้ (16 พ.ค.)": the day of the
                    # month the page is dated.
                    return attrs.evolve(best, date=date.with_year(best.date.year))
        return best


def _remove_furniture(work: _Work, lines: list[Line]) -> tuple[list[Line], JsonLd]:
    """Drop furniture and JSON blobs; return the lines left and the JSON-LD."""
    blobs = find_blobs(work.text, lines)
    in_blob: set[int] = set()
    for blob in blobs:
        start, end = lines[blob.first].start, lines[blob.last].end
        work.dropped.append(
            DroppedLine(
                start=start,
                end=end,
                text=work.text[start:end],
                reason=DropReason.STRUCTURED_DATA,
            )
        )
        in_blob.update(range(blob.first, blob.last + 1))

    left: list[Line] = []
    seen_prose = in_related = False
    outside = [_without_rule(work, line) for line in lines if line.index not in in_blob]
    buttons = {outside[at].index for at in share_runs([o.text for o in outside])}
    for line in outside:
        reason = furniture_reason(line.text)
        if reason is None and line.index in buttons:
            reason = DropReason.SHARE
        if reason is not None:
            work.drop(line, reason)
            continue
        if is_related_heading(line.text):
            work.drop(line, DropReason.RELATED_ARTICLES)
            # Only a list after the article's prose is "more articles".
            in_related = seen_prose
            continue
        if in_related and not _is_prose(line.text):
            work.drop(line, DropReason.RELATED_ARTICLES)
            continue
        in_related = False
        seen_prose = seen_prose or _is_prose(line.text)
        left.append(line)
    return left, harvest([blob.value for blob in blobs])


# A rule of underscores, equals signs, tildes or stars glued before a line's
# text ("________เมื่อวันที่ …"): a drawn separator, not the text.
_LEADING_RULE = re.compile(r"[_=~*]{3,}")
_RULE_CHARS = "_=~* "


# An image's markdown left before a line's text without its image ("![]()
# …", "![alt](/a.jpg) …"); one at a time, so no pattern repeats a group.
_IMAGE_MARKDOWN = re.compile(r"!\[[^\[\]]{0,200}\]\([^()]{0,500}\) ?")
_IMAGES_MAX = 20


def _leading_images(text: str) -> int:
    """Where the text after the image markdown opening ``text`` starts."""
    end = 0
    for _ in range(_IMAGES_MAX):
        image = _IMAGE_MARKDOWN.match(text, end)
        if image is None:
            break
        end = image.end()
    return end


def _without_rule(work: _Work, line: Line) -> Line:
    """``line`` without a separator rule or image markdown glued before its
    text; either is dropped as decoration."""
    rule = _LEADING_RULE.match(line.text)
    end = rule.end() if rule is not None else _leading_images(line.text)
    if end == 0 or not any(c.isalnum() for c in line.text[end:]):
        # Nothing but marks after it: the whole line is decoration.
        return line
    end = len(line.text[:end].rstrip())
    rest = end + (line.text[end : end + 1] == " ")
    if rest >= len(line.text) or line.text[rest] in _RULE_CHARS:
        return line
    cut, kept = _sub_lines(work, line, [(0, end), (rest, len(line.text))])
    work.drop(cut, DropReason.DECORATION)
    return kept


def _dated_source(dated: DateLine) -> DateSource:
    if dated.kind == "published":
        return DateSource.LABEL
    if dated.kind == "updated":
        return DateSource.UPDATED
    return DateSource.HEADER


def _read_header_line(work: _Work, line: Line) -> str | None:
    """Read one header line: "metadata" when it is only that, "title" when a
    labelled date opens a headline ("date 2022-05-05 Thailand to host …"),
    "body" when it opens prose, else ``None`` (a candidate headline)."""
    text = line.text
    leading = read_leading_date(text)
    if leading is not None:
        date, at = leading
        work.note(line, "published", 0, at - 2)
        work.trim_start[line.start] = at
        work.found(date, DateSource.LABEL, line)
        rest = text[at:]
        if ends_sentence(rest) or len(rest) > HEADLINE_MAX_CHARS:
            return "body"
        return "title"
    placed = read_placed_date_line(text, work.reference_date)
    if placed is not None and work.dateline is None:
        work.dateline, date = placed
        work.note(line, "dateline")
        work.found(date, DateSource.HEADER, line)
        return "metadata"
    if _read_credit(work, line):
        return "metadata"
    dated = read_dated_line(text, work.reference_date)
    if dated is not None:
        _note_dated(work, line, dated)
        return "metadata"
    if _read_other_metadata(work, line, header=True):
        return "metadata"
    counted = read_counter_suffix(text)
    if counted is not None:
        # "Topic … (Read 181 times)": the count is read out of the line.
        work.note(line, "counter", counted)
        work.trim_end[line.start] = counted
    suffix = read_dated_suffix(text, work.reference_date)
    if suffix is not None:
        # "Headline | Updated:2024-04-01": the date is read out of the line.
        dated, at = suffix
        work.note(line, "published", at)
        work.trim_end[line.start] = len(text[:at].rstrip())
        work.found(dated.date, _dated_source(dated), line)
    return None


def _note_dated(work: _Work, line: Line, dated: DateLine) -> None:
    """Note a date line; a byline before the date ("By X | 3 May 2024") is
    the byline."""
    work.found(dated.date, _dated_source(dated), line)
    head = line.text[: dated.at].rstrip(" ,;|·–—-:")
    byline = read_byline(head) if head and work.byline is None else None
    if byline is None:
        work.note(line, "published")
        return
    work.byline = byline
    work.note(line, "byline", 0, len(head) - 1)
    work.note(line, "published", dated.at)


def _read_other_metadata(work: _Work, line: Line, *, header: bool) -> bool:
    """Read time, byline, tags and (in the header) breadcrumbs: the first of each."""
    text = line.text
    if work.read_minutes is None:
        minutes = read_minutes(text)
        if minutes is not None:
            work.read_minutes = minutes
            work.note(line, "read_minutes")
            return True
    if work.byline is None:
        work.byline = read_byline(text) or (read_thai_byline(text) if header else None)
        if work.byline is not None:
            work.note(line, "byline")
            return True
    if not work.tags:
        work.tags = read_tags_line(text) or ()
        if work.tags:
            work.note(line, "tags")
            return True
    if header and not work.breadcrumbs:
        work.breadcrumbs = read_breadcrumb_line(text) or ()
        if work.breadcrumbs:
            work.note(line, "breadcrumbs")
            return True
    return False


def _read_metadata(
    work: _Work, lines: list[Line], language: str, url: str | None
) -> tuple[Line | None, list[Line]]:
    """Take out metadata lines, the title and its copies; return the body.

    The header (the lines above the first paragraph) gives the metadata and
    the candidate headlines; the headline is chosen among them on evidence
    (:func:`choose_headline`), and candidates above it are the masthead.
    """
    end = min(len(lines), _HEADER_MAX_LINES)
    candidates: list[Line] = []
    opening: Line | None = None
    for index, line in enumerate(lines[:end]):
        if candidates and (marker := list_marker(line.text)) and marker[1] is not None:
            # "๑. การประชุม…", "1. …": a numbered list is the story, not a
            # headline; the header ends above it.
            end = index
            break
        labelled = read_leading_date(line.text) is not None
        if not labelled and (
            _too_long_for_a_headline(line.text) or (candidates and _is_prose(line.text))
        ):
            following = lines[index + 1 : index + 1 + _TEASER_LOOKAHEAD]
            if runs_into(line.text, [f.text for f in following]):
                work.drop(line, DropReason.TEASER)
                continue
            # The first paragraph: the header ends above it.
            end = index
            break
        taken = _read_header_line(work, line)
        if taken == "body":
            opening, end = line, index + 1
            break
        if taken != "metadata":
            candidates.append(line)
    candidates, rest = _below_the_masthead(work, candidates, lines[end:], url)
    header = list(candidates)
    candidates = _read_copies(work, candidates, rest)
    if not work.breadcrumbs:
        candidates = _read_section(work, candidates, rest)
    title: Line | None = None
    body: list[Line] = []
    copies: set[int] = set()
    if candidates:
        candidates, chosen = _choose_headline(work, candidates, rest, language, url)
        for line in candidates[:chosen]:
            work.drop(line, DropReason.MASTHEAD)
        title = candidates[chosen]
        copies = _copies_of(work, title, [*candidates[chosen + 1 :], *rest])
        for line in candidates[chosen + 1 :]:
            if line.start in copies:
                work.drop(line, DropReason.REPEATED_HEADLINE)
            else:
                body.append(line)
    if opening is not None:
        body.append(opening)
    for count, line in enumerate(rest):
        if line.start in copies:
            work.drop(line, DropReason.REPEATED_HEADLINE)
            continue
        if count < _LATE_DATE_LINES and _late_date_line(work, line):
            continue
        if _read_other_metadata(work, line, header=False):
            continue
        body.append(line)
    if title is not None:
        _title_dates(work, header, title)
    return title, [line for line in body if not _read_credit(work, line)]


def _below_the_masthead(
    work: _Work, candidates: list[Line], rest: list[Line], url: str | None
) -> tuple[list[Line], list[Line]]:
    """The header made to reach the headline the page's slug names when the
    header found so far holds no such line (a blog's name, a banner in
    another script and a "read more" line above it): the lines down to it
    are header lines too, and the body starts under it."""
    slug = slug_tokens(url)
    if not slug or not candidates:
        return candidates, rest
    if slug_line([work.kept(c) for c in candidates], slug) is not None:
        return candidates, rest
    window = rest[:_SLUG_LOOKAHEAD]
    found = slug_line([line.text for line in window], slug)
    if found is None:
        return candidates, rest
    above = window[:found]
    # Furniture and a date line may stand above the headline; paragraphs of
    # the story stand above a crosshead the slug happens to name.
    dated = any(read_dated_line(line.text, work.reference_date) for line in above)
    if sum(_is_prose(line.text) for line in above) > (1 if dated else 0):
        return candidates, rest
    above = [
        line for line in window[:found] if _read_header_line(work, line) != "metadata"
    ]
    return [*candidates, *above, window[found]], rest[found + 1 :]


def _past_the_crumb(work: _Work, candidates: list[Line], chosen: int) -> int:
    """The headline under a breadcrumb list whose last item repeats it ("-
    Press Releases", "- ASEAN Member States Call for …", then the headline
    itself): the line under the item, not the item with its bullet."""
    marker = list_marker(work.kept(candidates[chosen]))
    if marker is None or chosen + 1 >= len(candidates):
        return chosen
    item = work.kept(candidates[chosen])[marker[0] :].strip()
    return chosen + 1 if work.kept(candidates[chosen + 1]).strip() == item else chosen


def _choose_headline(
    work: _Work,
    candidates: list[Line],
    rest: list[Line],
    language: str,
    url: str | None,
) -> tuple[list[Line], int]:
    """The headline's index: the line a label names, else the evidence's.
    Returns the candidates too, with a Thai headline printed over several
    lines made one (see :func:`_join_headline`)."""
    labelled = _labelled_title(work, candidates)
    if labelled is not None:
        return candidates, labelled
    chosen = choose_headline(
        [work.kept(c) for c in candidates],
        [line.text for line in rest[:_BODY_SAMPLE_LINES]],
        language,
        slug_tokens(url),
    )
    if language == "th":
        candidates = _join_headline(work, candidates, chosen)
    return candidates, _past_the_crumb(work, candidates, chosen)


# A headline printed over lines: at most this many lines below its first.
_HEADLINE_MAX_LINES = 3
_SHORT_HEADLINE_MAX_WORDS = 3


def _join_headline(work: _Work, candidates: list[Line], chosen: int) -> list[Line]:
    """The candidates with the headline made one line when it is printed over
    several: its first line too short to be a headline on its own, and the
    rest of the header right under it, line after line with no blank line
    between, none ending like a sentence."""
    first = candidates[chosen]
    kept = work.kept(first)
    more = candidates[chosen + 1 :]
    if (
        not more
        or len(more) > _HEADLINE_MAX_LINES
        or kept.count(" ") >= _SHORT_HEADLINE_MAX_WORDS
        or len(kept) >= THAI_HEADLINE_MIN_CHARS
    ):
        return candidates
    texts = [first.text]
    for above, line in zip([first, *more], more, strict=False):
        if (
            len(work.text[above.end : line.start].splitlines()) > 1
            or ends_sentence(line.text)
            or line.start in work.trim_start
        ):
            return candidates
        texts.append(line.text)
    joined = " ".join(texts)
    if len(joined) > HEADLINE_MAX_CHARS:
        return candidates
    return [*candidates[:chosen], attrs.evolve(first, end=more[-1].end, text=joined)]


def _labelled_title(work: _Work, candidates: list[Line]) -> int | None:
    """The header line a label names the headline ("หัวข้อ : …"), if one
    does; the label is read out of it as the title's."""
    for index, line in enumerate(candidates):
        first = work.trim_start.get(line.start, 0)
        at = read_title_label(work.kept(line))
        if at is None:
            continue
        label = work.kept(line)[:at].rstrip()
        work.note(line, "title", first, first + len(label) - 1)
        work.trim_start[line.start] = first + at
        return index
    return None


#: How much of the headline a copy cut short keeps, at the least.
_CUT_COPY_SHARE = 0.6


def _copies_of(work: _Work, title: Line, after: list[Line]) -> set[int]:
    """Where the lines below the headline print it again (by their start):
    whole, cut over two lines, or cut short of its last few words (the
    headline runs into it only by those words: see ``runs_into``)."""
    key = work.kept(title).casefold()
    texts = [work.kept(line) for line in after]
    found = split_copies(work.kept(title), texts)
    return {
        line.start
        for index, line in enumerate(after)
        if index in found
        or line.text.casefold() == key
        or (
            len(key) * _CUT_COPY_SHARE <= len(line.text) < len(key)
            and key.startswith(line.text.casefold())
            and not runs_into(work.kept(title), [line.text], [r.text for r in after])
        )
    }


def _read_copies(work: _Work, candidates: list[Line], rest: list[Line]) -> list[Line]:
    """Header lines built around a later one are not the headline: a
    breadcrumb trail ending with it ("Site > Section > Headline") is read as
    the breadcrumbs, and the headline with the story run on is a teaser.
    Two later lines that print a line again cut in two are its copies.
    Returns the candidates left."""
    left: list[Line] = []
    copies: set[int] = set()
    story = [r.text for r in rest[:_TEASER_LOOKAHEAD]]
    for index, line in enumerate(candidates):
        if line.start in copies:
            work.drop(line, DropReason.REPEATED_HEADLINE)
            continue
        text = work.kept(line)
        later = [work.kept(c) for c in candidates[index + 1 :]]
        crumbs = None if work.breadcrumbs else crumbs_before(text, later)
        if crumbs is not None:
            work.breadcrumbs = crumbs
            work.note(line, "breadcrumbs", work.trim_start.get(line.start, 0))
        elif site_suffixed(text, later):
            work.drop(line, DropReason.MASTHEAD)
        elif runs_into(text, later, story):
            work.drop(line, DropReason.TEASER)
        else:
            left.append(line)
            copies.update(
                candidates[index + 1 + at].start for at in split_copies(text, later)
            )
    return left


def _late_date_line(work: _Work, line: Line) -> bool:
    """A line that is only a date, just under the first paragraph."""
    dated = read_dated_line(line.text, work.reference_date)
    if dated is None or dated.kind == "headed":
        return False
    work.note(line, "published")
    work.found(dated.date, _dated_source(dated), line)
    return True


def _masthead_dates(work: _Work, candidates: list[Line], title: Line) -> None:
    """Header dates above the headline are the masthead's (often the day the
    page was fetched) when other header lines stand between them and it, or
    when a date line stands under it: that one is the story's."""
    under = any(
        found.source is DateSource.HEADER and found.start > title.start
        for found in work.dates
    )
    for index, found in enumerate(work.dates):
        if found.source is not DateSource.HEADER or found.start >= title.start:
            continue
        if under or any(found.start < c.start < title.start for c in candidates):
            work.dates[index] = attrs.evolve(found, source=DateSource.MASTHEAD)


def _title_dates(work: _Work, header: list[Line], title: Line) -> None:
    _masthead_dates(work, header, title)
    _headline_date(work, title)


def _headline_date(work: _Work, title: Line) -> None:
    """The date the headline opens with; one set off by a colon is read out
    of the title."""
    first = work.trim_start.get(title.start, 0)
    kept = work.kept(title)
    found = read_headline_date(kept, work.reference_date)
    if found is None:
        return
    date, at = found
    work.found(date, DateSource.HEADLINE, title)
    if at:
        head = kept[:at].rstrip()
        work.note(title, "published", first, first + len(head) - 1)
        work.trim_start[title.start] = first + at


def _read_credit(work: _Work, line: Line) -> bool:
    """Read a dated credit line ("Source: X, 10 November 2022") out of the body."""
    credit = read_credit_line(line.text, work.reference_date)
    if credit is None:
        return False
    work.note(line, "published")
    work.found(credit.date, DateSource.CREDIT, line)
    return True


def _sub_lines(work: _Work, line: Line, spans: list[tuple[int, int]]) -> list[Line]:
    """The pieces ``line.text[a:b]`` as lines of their own."""
    ks = [k for a, b in spans for k in (a, b - 1)]
    offsets = input_offsets(work.text, line, ks)
    return [
        Line(line.index, offsets[2 * n], offsets[2 * n + 1] + 1, line.text[a:b])
        for n, (a, b) in enumerate(spans)
    ]


def _infer_title(work: _Work, line: Line) -> tuple[Line, list[Line]]:
    """A page without a headline: its first sentence is the title.

    A dateline opening the line is read first, so the title is the sentence
    after it; the rest of the line is cut into sentences, one block each.
    """
    work.title_inferred = True
    _read_dateline(work, line)
    offset = work.trim_start.get(line.start, 0)
    kept = work.kept(line)
    work.found(read_opening_date(kept, work.reference_date), DateSource.OPENING, line)
    spans = [(offset + a, offset + b) for a, b in sentence_spans(kept)]
    pieces = _sub_lines(work, line, spans)
    return pieces[0], pieces[1:]


def _read_opening(work: _Work, body: list[Line]) -> None:
    """The dateline, or a Thai press release's opening date, of the first
    paragraphs."""
    for line in body[:_DATELINE_TRIES]:
        if _read_dateline(work, line):
            return
    if body:
        kept = work.kept(body[0])
        date = read_opening_date(kept, work.reference_date)
        work.found(date, DateSource.OPENING, body[0])


_TRAIL_SPLIT = re.compile(r" ?[›»>] ?")


#: How much longer than the trail before it a headline run on after a
#: section's name must be.
_TRAILED_HEADLINE_SHARE = 2


def _trailed_headline(work: _Work, candidates: list[Line]) -> list[Line] | None:
    """A headline printed after the trail to it on one line, the trail
    opening with the section named on a line above ("News", then "News >
    Cities sign a data pact"): the trail is the breadcrumbs, the rest of the
    line the headline. The candidates with the line cut in two, or None."""
    for index, line in enumerate(candidates[1:], start=1):
        text = work.kept(line)
        above = {work.kept(c).strip().casefold() for c in candidates[:index]}
        marks = list(_TRAIL_SPLIT.finditer(text[: _MAX_TRAIL_CHARS + 3]))
        if not marks:
            continue
        last = marks[-1]
        trail = text[: last.start()]
        crumbs = tuple(p.strip() for p in _TRAIL_SPLIT.split(trail))
        if (
            not all(crumbs)
            or crumbs[0].casefold() not in above
            or len(text) - last.end() < _TRAILED_HEADLINE_SHARE * len(trail)
        ):
            continue
        first = work.trim_start.get(line.start, 0)
        trail_line, headline = _sub_lines(
            work,
            line,
            [
                (first, first + last.start() + len(last.group().rstrip())),
                (first + last.end(), first + len(text)),
            ],
        )
        work.breadcrumbs = crumbs
        work.note(trail_line, "breadcrumbs")
        # The section's name printed above as a heading is its masthead.
        key = crumbs[0].casefold()
        kept = []
        for c in candidates[:index]:
            if work.kept(c).strip().casefold() == key:
                work.drop(c, DropReason.MASTHEAD)
            else:
                kept.append(c)
        return [*kept, headline, *candidates[index + 1 :]]
    return None


#: The most characters of a trail printed before a headline.
_MAX_TRAIL_CHARS = 80


def _read_section(work: _Work, candidates: list[Line], rest: list[Line]) -> list[Line]:
    """The site section named above the headline ("Regions", "NEWS") is a
    breadcrumb; short masthead lines above it go. A section trail that ends
    with a back link ("Regions Go back") is the breadcrumbs, and the link is
    navigation. Returns the candidates left."""
    trailed = _trailed_headline(work, candidates)
    if trailed is not None:
        return trailed
    for index, line in enumerate(candidates[:-1]):
        first = work.trim_start.get(line.start, 0)
        at = back_link_trail(work.kept(line))
        if at is None or ends_sentence(work.kept(candidates[index + 1])):
            # A headline comes after a trail, not a sentence.
            continue
        trail = work.kept(line)[:at].rstrip()
        crumbs, link = _sub_lines(
            work, line, [(first, first + len(trail)), (first + at, len(line.text))]
        )
        work.breadcrumbs = tuple(p.strip() for p in _TRAIL_SPLIT.split(trail))
        work.note(crumbs, "breadcrumbs")
        work.drop(link, DropReason.NAVIGATION)
        return [*candidates[:index], *candidates[index + 1 :]]
    for index, line in enumerate(candidates):
        text = work.kept(line)
        following = [work.kept(c) for c in candidates[index + 1 :]]
        following += [r.text for r in rest[:2]]
        if not _section_label(text, following):
            continue
        above = candidates[:index]
        if any(2 * len(work.kept(c)) >= len(following[0]) for c in above):
            # A line above as long as a headline: the label is not the page's.
            return candidates
        for masthead in above:
            work.drop(masthead, DropReason.MASTHEAD)
        work.breadcrumbs = (text,)
        work.note(line, "breadcrumbs", work.trim_start.get(line.start, 0))
        return candidates[index + 1 :]
    return candidates


def _section_label(text: str, rest: list[str]) -> bool:
    """A section name ("Regions") with a headline-like line right after it."""
    if not is_section_label(text) or len(rest) < 2:
        return False
    following = rest[0]
    # The line after must read as a headline: longer, and not a sentence.
    thai = is_thai(following)
    return (
        (len(following.split()) >= 4 or (thai and len(following) >= 20))
        and len(following) > 2 * len(text)
        and following[-1] not in ".:;,"
        and _SENTENCE_BREAK.search(following) is None
        and ": " not in following
    )


def _read_closing(work: _Work, body: list[Line], sections: tuple[str, ...]) -> None:
    """Agencies and tags at the end of the body."""
    trailing: list[str] = []
    while body:
        tags = read_source_tag_line(body[-1].text)
        if tags is None:
            break
        work.note(body[-1], "source_tags")
        trailing[:0] = tags
        body.pop()
    if body and not work.tags and sections:
        tags = read_prose_tags(body[-1].text, sections)
        if tags is not None:
            work.tags = tags
            work.note(body.pop(), "tags")
    if body:
        last = body[-1]
        suffix = read_source_tag_suffix(last.text)
        if suffix is not None:
            at, tag = suffix
            first = at + (last.text[at] == " ")
            work.note(last, "source_tags", first)
            work.trim_end[last.start] = at
            trailing.insert(0, tag)
    work.source_tags.extend(trailing)


def _drop_name_captions(work: _Work, body: list[Line]) -> list[Line]:
    """Drop lines that are only the name of a person the article names."""
    names = {
        i: words
        for i in range(1, len(body) - 1)
        if (words := name_words(body[i].text)) is not None
    }
    if not names:
        return body
    sizes = {len(words) for words in names.values()}
    grams: set[tuple[str, ...]] = set()
    for i, line in enumerate(body):
        if i in names:
            continue
        tokens = [w.strip(_WORD_EDGES) for w in line.text.split(" ")]
        for size in sizes:
            grams.update(
                tuple(tokens[k : k + size]) for k in range(len(tokens) - size + 1)
            )
    kept: list[Line] = []
    for i, line in enumerate(body):
        if i in names and names[i] in grams:
            work.drop(line, DropReason.PERSON_CAPTION)
        else:
            kept.append(line)
    return kept


def _read_dateline(work: _Work, line: Line) -> bool:
    if list_marker(line.text) is not None:
        return False
    offset = work.trim_start.get(line.start, 0)
    found = read_dateline(work.kept(line), work.reference_date)
    if found is None:
        return False
    work.note(line, "dateline", offset, offset + found.length - 2)
    work.trim_start[line.start] = offset + found.length
    work.found(found.date, DateSource.DATELINE, line)
    work.dateline = found.place
    if found.agency is not None:
        work.source_tags.insert(0, " ".join(found.agency.split()))
    return True


def _blocks(work: _Work, body: list[Line]) -> list[Paragraph | Heading | ListItem]:
    blocks: list[Paragraph | Heading | ListItem] = []
    for pos, line in enumerate(body):
        offset = work.trim_start.get(line.start, 0)
        text = work.kept(line)
        marker = list_marker(text)
        if marker is not None:
            length, number = marker
            work.note(line, f"blocks[{len(blocks)}]", offset, offset + length - 2)
            blocks.append(ListItem(text=repair_spaces(text[length:]), number=number))
        elif heading_shape(text) and pos < len(body) - 1:
            blocks.append(Heading(text=repair_spaces(text)))
        else:
            blocks.append(Paragraph(text=repair_spaces(text), label=label_of(text)))
    return blocks


def _no_article(work: _Work, lines: list[Line]) -> ParseError:
    counts = collections.Counter(d.reason.value for d in work.dropped)
    what = ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items()))
    return ParseError(
        f"no article text: all {len(lines)} non-blank lines are furniture or "
        f"metadata ({what or 'metadata only'})"
    )


def _has_subtitle(work: _Work, body: list[Line]) -> bool:
    """Whether the first body line is a standfirst: shaped like one, with
    more body below, and not opening with the day it reports (a release's
    first paragraph, or a Thai one that opens with its day and month)."""
    text = work.kept(body[0]) if body else ""
    return (
        len(body) >= 2
        and subtitle_shape(body[0].text)
        and read_opening_date(text, work.reference_date) is None
        and not (is_thai(text) and opens_with_day(text))
    )


def _too_long_for_a_headline(text: str) -> bool:
    return len(text) > HEADLINE_MAX_CHARS or (
        ends_sentence(text) and text.count(" ") >= _OPENING_MIN_WORDS - 1
    )


def parse_report(
    text: str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    reference_date: dt.date | None = None,
) -> ParseReport:
    """Parse ``text`` into an article and the audit of what was left out."""
    check_text(text)
    url = _optional_text(url, "url")
    outlet = _optional_text(outlet, "outlet")
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise ParseError(
            f"reference_date must be a datetime.date, got {type(reference_date).__name__}"
        )
    lines = split_lines(text)
    if not lines:
        raise ParseError("input is empty: there is no text to read as an article")
    work = _Work(text, reference_date)
    left, jsonld = _remove_furniture(work, lines)
    language = jsonld.language or script_language(line.text for line in left)
    title, body = _read_metadata(work, left, language, url)
    if title is None and body:
        title, first = _infer_title(work, body.pop(0))
        body[:0] = first
    elif title is not None and (
        _too_long_for_a_headline(work.kept(title))
        or (not body and len(sentence_spans(work.kept(title))) > 1)
    ):
        title, first = _infer_title(work, title)
        body[:0] = first
    if title is None:
        raise _no_article(work, lines)
    _read_closing(work, body, work.breadcrumbs or jsonld.breadcrumbs)
    body = _drop_name_captions(work, body)
    subtitle = body.pop(0) if _has_subtitle(work, body) else None
    if not work.title_inferred:
        _read_opening(work, body)
    elif body:
        # "เวียดนาม 16 พ.ค.- …" as the title line, then "วันนี้ (ศุกร์ที่ 16
        # พฤษภาคม 2568) …": the next paragraph's opening date gives the year.
        opening = read_opening_date(work.kept(body[0]), work.reference_date)
        work.found(opening, DateSource.OPENING, body[0])
    published = work.published()
    try:
        article = Article(
            id="-",
            title=repair_spaces(work.kept(title)),
            subtitle=repair_spaces(subtitle.text) if subtitle else None,
            published=published.date if published else jsonld.published,
            dateline=work.dateline or jsonld.dateline,
            byline=work.byline or jsonld.byline,
            url=url or jsonld.url,
            outlet=outlet or jsonld.outlet,
            read_minutes=work.read_minutes,
            blocks=tuple(_blocks(work, body)),
            breadcrumbs=work.breadcrumbs or jsonld.breadcrumbs,
            tags=work.tags or jsonld.tags,
            source_tags=tuple(work.source_tags),
            language=jsonld.language or "en",
        )
        if jsonld.language is None:
            # Said only when the script would not tell it (see render_jsonld).
            texts = [article.title, *(block.text for block in article.blocks)]
            article = attrs.evolve(article, language=script_language(texts))
    except (InvalidValueError, TypeError) as exc:  # pragma: no cover - a bug
        raise ParseError(f"could not build an article from the text: {exc}") from exc
    article = attrs.evolve(article, id=article_id(article))
    return ParseReport(
        article=article,
        dropped=tuple(sorted(work.dropped, key=lambda d: d.start)),
        metadata=tuple(sorted(work.metadata, key=lambda m: m.start)),
        published_from=_published_from(work, published),
        title_inferred=work.title_inferred,
    )


def _published_from(work: _Work, found: _DateFound | None) -> PublishedFrom | None:
    if found is None:
        return None
    return PublishedFrom(
        start=found.start,
        end=found.end,
        text=work.text[found.start : found.end],
        source=found.source,
    )
