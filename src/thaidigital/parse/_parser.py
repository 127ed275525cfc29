"""The parse pipeline: lines → furniture out → metadata → title → blocks.

Each step only marks lines; nothing is thrown away without a
:class:`DroppedLine` or a :class:`MetadataSpan` saying where it went.
"""

from __future__ import annotations

import collections
import datetime as dt

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
    furniture_reason,
    is_related_heading,
    is_section_label,
)
from thaidigital.parse._ids import article_id
from thaidigital.parse._jsonld import JsonLd, find_blobs, harvest
from thaidigital.parse._language import script_language
from thaidigital.parse._lines import (
    Line,
    check_text,
    ends_sentence,
    input_offset,
    repair_spaces,
    split_lines,
)
from thaidigital.parse._metadata import (
    read_breadcrumb_line,
    read_byline,
    read_date_line,
    read_dateline,
    read_leading_date,
    read_minutes,
    read_placed_date_line,
    read_prose_tags,
    read_source_tag_line,
    read_source_tag_suffix,
    read_tags_line,
)
from thaidigital.parse._report import (
    DroppedLine,
    DropReason,
    MetadataSpan,
    ParseReport,
)

__all__ = ["parse_report"]

# A line that ends a "related articles" list: real prose, not a headline.
_PROSE_MIN_WORDS = 12
# A date line stands among the first lines; never try the whole text.
_DATE_LINE_TRIES = 4
_WORD_EDGES = ".,;:!?\"'“”‘’()[]"


def _is_prose(text: str) -> bool:
    return ends_sentence(text) and text.count(" ") >= _PROSE_MIN_WORDS - 1


def _optional_text(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ParseError(f"{what} must be a str, got {type(value).__name__}")
    return " ".join(value.split()) or None


@attrs.define
class _Work:
    """The mutable state of one parse; only this module sees it."""

    text: str
    reference_date: dt.date | None
    dropped: list[DroppedLine] = attrs.Factory(list)
    metadata: list[MetadataSpan] = attrs.Factory(list)
    # Per line: where its kept text starts and ends (normalised offsets).
    trim_start: dict[int, int] = attrs.Factory(dict)
    trim_end: dict[int, int] = attrs.Factory(dict)
    published: PartialDate | None = None
    dateline: Place | None = None
    read_minutes: int | None = None
    byline: str | None = None
    tags: tuple[str, ...] = ()
    breadcrumbs: tuple[str, ...] = ()
    source_tags: list[str] = attrs.Factory(list)

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

    def kept(self, line: Line) -> str:
        return line.text[
            self.trim_start.get(line.index, 0) : self.trim_end.get(
                line.index, len(line.text)
            )
        ]


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
    for line in lines:
        if line.index in in_blob:
            continue
        reason = furniture_reason(line.text)
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


def _read_metadata(work: _Work, lines: list[Line]) -> tuple[Line | None, list[Line]]:
    """Take out metadata lines, the title and its later copies; return the rest."""
    title: Line | None = None
    title_key = ""
    body: list[Line] = []
    date_tries = 0
    for index, line in enumerate(lines):
        text = line.text
        if not body and work.published is None and date_tries < _DATE_LINE_TRIES:
            date_tries += 1
            taken = _read_page_date(work, line)
            if taken == "body":
                body.append(line)  # the page's date opens its first paragraph
            if taken:
                continue
        if work.read_minutes is None:
            minutes = read_minutes(text)
            if minutes is not None:
                work.read_minutes = minutes
                work.note(line, "read_minutes")
                continue
        if work.byline is None:
            work.byline = read_byline(text)
            if work.byline is not None:
                work.note(line, "byline")
                continue
        if not work.tags:
            work.tags = read_tags_line(text) or ()
            if work.tags:
                work.note(line, "tags")
                continue
        if not body and not work.breadcrumbs:
            work.breadcrumbs = read_breadcrumb_line(text) or ()
            if work.breadcrumbs:
                work.note(line, "breadcrumbs")
                continue
        if (
            title is None
            and not work.breadcrumbs
            and _section_label(text, lines[index + 1 :])
        ):
            # "Regions" above the headline is the site section, not the title.
            work.breadcrumbs = (text,)
            work.note(line, "breadcrumbs")
            continue
        if title is None:
            title, title_key = line, text.casefold()
        elif text.casefold() == title_key:
            work.drop(line, DropReason.REPEATED_HEADLINE)
        else:
            body.append(line)
    return title, body


def _read_page_date(work: _Work, line: Line) -> str | None:
    """The page's own date from a header line: "metadata" when the line is
    only that, "body" when prose follows it on the line ("date 2023-08-21 A
    regional pact …"), else ``None``."""
    text = line.text
    date = read_date_line(text, work.reference_date)
    if date is not None:
        work.published = date
        work.note(line, "published")
        return "metadata"
    placed = read_placed_date_line(text, work.reference_date)
    if placed is not None and work.dateline is None:
        work.dateline, work.published = placed
        work.note(line, "dateline")
        return "metadata"
    leading = read_leading_date(text)
    if leading is None:
        return None
    work.published, at = leading
    work.note(line, "published", 0, at - 2)
    work.trim_start[line.index] = at
    return "body"


def _section_label(text: str, rest: list[Line]) -> bool:
    """A section name ("Regions") with a headline-like line right after it."""
    if not is_section_label(text) or len(rest) < 2:
        return False
    following = rest[0].text
    # The line after must read as a headline: longer, and not a sentence.
    return (
        len(following.split()) >= 4
        and len(following) > 2 * len(text)
        and following[-1] not in ".:;,"
        and ". " not in following
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
            work.trim_end[last.index] = at
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


def _read_dateline(work: _Work, line: Line) -> None:
    if list_marker(line.text) is not None:
        return
    found = read_dateline(work.kept(line), work.reference_date)
    if found is None:
        return
    work.note(line, "dateline", 0, found.length - 2)
    work.trim_start[line.index] = found.length
    if work.published is None:
        work.published = found.date
    work.dateline = found.place
    if found.agency is not None:
        work.source_tags.insert(0, " ".join(found.agency.split()))


def _blocks(work: _Work, body: list[Line]) -> list[Paragraph | Heading | ListItem]:
    blocks: list[Paragraph | Heading | ListItem] = []
    for pos, line in enumerate(body):
        offset = work.trim_start.get(line.index, 0)
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
    title, body = _read_metadata(work, left)
    if title is None:
        raise _no_article(work, lines)
    _read_closing(work, body, work.breadcrumbs or jsonld.breadcrumbs)
    body = _drop_name_captions(work, body)
    subtitle = body.pop(0) if len(body) >= 2 and subtitle_shape(body[0].text) else None
    if body:
        _read_dateline(work, body[0])
    if not body:
        raise ParseError(
            f"no body text: only a headline ({title.text[:60]!r}) was found"
        )
    try:
        article = Article(
            id="-",
            title=repair_spaces(title.text),
            subtitle=repair_spaces(subtitle.text) if subtitle else None,
            published=work.published or jsonld.published,
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
    )
