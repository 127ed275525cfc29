"""JSON and JSON-LD blobs in scraped text: find them, read what they say.

Scrapers often leave a page's ``<script type="application/ld+json">`` behind as
a line of JSON. It is furniture, but it carries the breadcrumbs (their URLs
often stripped), the publisher, the publication date and the language, which
the parser keeps. :func:`render_jsonld` writes the same form back.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from thaidigital._errors import InvalidValueError, ParseError
from thaidigital.models import PartialDate, Place
from thaidigital.parse._lines import Line

__all__ = ["Blob", "JsonLd", "find_blobs", "harvest", "render_jsonld"]

#: JSON-LD never needs a number of more digits than this; a longer one is
#: kept as its text, so decoding never meets Python's integer-size limit.
_MAX_DIGITS = 18


def _bounded_int(text: str) -> int | str:
    return int(text) if len(text.lstrip("-")) <= _MAX_DIGITS else text


_DECODER = json.JSONDecoder(parse_int=_bounded_int)
#: Characters no metadata value may hold: C0 and C1 controls (whitespace
#: aside), DEL, the bidirectional overrides and isolates, and lone surrogates.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
#: A language tag as BCP 47 writes it ("th", "en-US", "zh-Hant-TW").
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}")
#: The page addresses a url field may hold.
_WEB_URL = re.compile(r"https?://[^\s]+", re.IGNORECASE)
#: The largest breadcrumb position taken as written.
_MAX_POSITION = 10**6
_ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "BlogPosting",
        "Report",
    }
)
_MAX_DEPTH = 6
# How far past its first line a multi-line blob is first looked for.
_SLACK = 256
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?=T|$| )")


@attrs.frozen
class Blob:
    """A JSON value spanning lines ``first`` to ``last`` (inclusive)."""

    first: int
    last: int
    value: object


def _decode_from(text: str, start: int, size: int) -> tuple[object, int] | int:
    """Decode one JSON value at ``start``: the value and its end, or how far
    the failed attempt read.

    ``json`` counts lines up to an error's position on every error, so it is
    given a growing slice rather than the whole text: each attempt costs
    what it reads, never the length of the document.
    """
    while True:
        window = text[start : start + size]
        try:
            value, end = _DECODER.raw_decode(window)
        except json.JSONDecodeError as exc:
            ran_out = exc.pos >= len(window) - 1 or exc.msg.startswith("Unterminated")
            if ran_out and start + size < len(text):
                size *= 2
                continue
            return start + (len(window) if ran_out else exc.pos)
        return value, start + end


def find_blobs(text: str, lines: Sequence[Line]) -> list[Blob]:
    """Every run of whole lines that is exactly one JSON object or array.

    A blob on one line is decoded from that line alone. A blob over several
    lines is decoded from the text, and a failed attempt is never retried
    from inside the text it read, so the search stays linear.
    """
    blobs: list[Blob] = []
    scanned_to = 0
    multiline = True
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.text[0] not in "{[":
            continue
        if line.text[-1] in "}]":
            try:
                value = _DECODER.decode(text[line.start : line.end])
            except (ValueError, RecursionError):
                pass
            else:
                blobs.append(Blob(line.index, line.index, value))
                continue
        if not multiline or line.start < scanned_to:
            continue
        try:
            found = _decode_from(text, line.start, line.end - line.start + _SLACK)
        except RecursionError:
            # Deeper nesting than JSON-LD ever has: stop trying multi-line blobs.
            multiline = False
            continue
        if isinstance(found, int):
            scanned_to = found
            continue
        value, scanned_to = found
        last = line.index
        while last + 1 < len(lines) and lines[last + 1].start < scanned_to:
            last += 1
        if lines[last].end == scanned_to:
            blobs.append(Blob(line.index, last, value))
            i = last + 1
    return blobs


@attrs.frozen
class JsonLd:
    """What the page's JSON-LD says about the article."""

    breadcrumbs: tuple[str, ...] = ()
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: PartialDate | None = None
    dateline: Place | None = None
    byline: str | None = None
    tags: tuple[str, ...] = ()


def _clean(value: object) -> str | None:
    """A text value with its whitespace normalised; None when it is empty or
    holds a character no text field may ("a\\u0000b", a lone surrogate)."""
    if isinstance(value, str):
        text = " ".join(value.split())
        if _UNSAFE.search(text):
            return None
        return text or None
    return None


def _url(value: object) -> str | None:
    text = _clean(value)
    return text if text is not None and _WEB_URL.fullmatch(text) else None


def _language(value: object) -> str | None:
    text = _name(value)
    return text if text is not None and _LANGUAGE.fullmatch(text) else None


def _name(value: object) -> str | None:
    if isinstance(value, dict):
        return _clean(value.get("name"))
    return _clean(value)


def _name_of_node(value: object) -> str | None:
    return _name(value) if isinstance(value, dict) else None


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def _nodes(value: object, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _nodes(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        yield from _nodes(value.get("@graph"), depth + 1)


def _position(item: dict[str, Any], index: int) -> tuple[float, int]:
    """Where a breadcrumb says it sits; its place in the list when it says
    nothing usable ("²", a number beyond any page's depth)."""
    position = item.get("position")
    if isinstance(position, str) and position.isascii() and position.isdigit():
        position = int(position[:_MAX_DIGITS])
    if (
        isinstance(position, int | float)
        and not isinstance(position, bool)
        and abs(position) <= _MAX_POSITION
    ):
        return float(position), index
    return float(index), index


def _breadcrumbs(node: dict[str, Any]) -> tuple[str, ...]:
    items = node.get("itemListElement")
    if not isinstance(items, list):
        return ()
    entries = [(it, i) for i, it in enumerate(items) if isinstance(it, dict)]
    entries.sort(key=lambda pair: _position(pair[0], pair[1]))
    # "item" may be a bare URL; only a node with a name names a crumb.
    names = (_name(it) or _name_of_node(it.get("item")) for it, _ in entries)
    return tuple(n for n in names if n)


def _date(value: object) -> PartialDate | None:
    text = _clean(value)
    if text is None:
        return None
    try:
        return PartialDate.parse(text)
    except ParseError:
        match = _ISO_DAY.match(text)
        if match is None:
            return None
        try:
            return PartialDate.parse(match[0])
        except ParseError:
            return None


def _place(value: object) -> Place | None:
    name = _name(value)
    if name is None:
        return None
    address = value.get("address") if isinstance(value, dict) else None
    region = country = None
    if isinstance(address, dict):
        region = _clean(address.get("addressRegion"))
        country = _clean(address.get("addressCountry"))
    for attempt in ((region, country), (region, None), (None, country)):
        try:
            return Place(name=name, province=attempt[0], country=attempt[1])
        except (InvalidValueError, TypeError):
            continue
    return Place(name=name)


def _people(value: object) -> str | None:
    if isinstance(value, list):
        names = [n for n in map(_name, value) if n]
        return " and ".join(names) or None
    return _name(value)


def _keywords(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return ()
    return tuple(k for k in map(_clean, value) if k)


def harvest(values: Sequence[object]) -> JsonLd:
    """Read breadcrumbs and article metadata from JSON-LD values, first wins."""
    found: dict[str, Any] = {}

    def keep(key: str, value: object) -> None:
        if value and key not in found:
            found[key] = value

    for value in values:
        for node in _nodes(value):
            types = _types(node)
            if "BreadcrumbList" in types:
                keep("breadcrumbs", _breadcrumbs(node))
            if types & _ARTICLE_TYPES:
                keep("url", _url(node.get("url")))
                keep("outlet", _name(node.get("publisher")))
                keep("language", _language(node.get("inLanguage")))
                keep("published", _date(node.get("datePublished")))
                keep("dateline", _place(node.get("locationCreated")))
                keep("byline", _people(node.get("author")))
                keep("tags", _keywords(node.get("keywords")))
    return JsonLd(**found)


# JSON leaves these raw with ensure_ascii=False, but str.splitlines breaks on
# them; escaping keeps a rendered blob on one line.
_LINE_BREAKERS = str.maketrans(
    {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def render_jsonld(
    *,
    published: PartialDate | None,
    dateline: Place | None,
    url: str | None,
    outlet: str | None,
    language: str,
    inferred_language: str,
    breadcrumbs: tuple[str, ...],
) -> str | None:
    """One line of JSON-LD for what canonical text has no words for."""
    article: dict[str, Any] = {}
    if published is not None:
        article["datePublished"] = str(published)
    if dateline is not None:
        place: dict[str, Any] = {"@type": "Place", "name": dateline.name}
        address = {
            key: code
            for key, code in (
                ("addressRegion", dateline.province),
                ("addressCountry", dateline.country),
            )
            if code is not None
        }
        if address:
            place["address"] = {"@type": "PostalAddress", **address}
        article["locationCreated"] = place
    if url is not None:
        article["url"] = url
    if outlet is not None:
        article["publisher"] = {"@type": "Organization", "name": outlet}
    if language != inferred_language:
        article["inLanguage"] = language
    graph: list[dict[str, Any]] = []
    if article:
        graph.append({"@type": "NewsArticle", **article})
    if breadcrumbs:
        items = [
            {"@type": "ListItem", "position": i, "name": name}
            for i, name in enumerate(breadcrumbs, 1)
        ]
        graph.append({"@type": "BreadcrumbList", "itemListElement": items})
    if not graph:
        return None
    doc = {"@context": "https://schema.org", "@graph": graph}
    return json.dumps(doc, ensure_ascii=False).translate(_LINE_BREAKERS)
