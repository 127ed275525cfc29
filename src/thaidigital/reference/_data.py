"""Read the packaged CSV files into records, once, on first use.

Nothing here runs at import time: every loader is cached with
:func:`functools.cache`, so the files are read the first time a lookup needs
them and never again.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable
from importlib import resources

from thaidigital.reference._index import Index, fold, is_thai
from thaidigital.reference._records import (
    CityRecord,
    CountryRecord,
    MeetingRecord,
    MeetingSeriesRecord,
    OfficeholderRecord,
    OrganizationRecord,
    ProvinceRecord,
    SmartDimensionRecord,
    ThaiMonthRecord,
)

_PACKAGE = "thaidigital.reference"


def read_rows(name: str) -> list[dict[str, str]]:
    """Return the rows of the packaged CSV file *name* as dictionaries."""
    path = resources.files(_PACKAGE) / "data" / name
    text = path.read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _split(cell: str) -> tuple[str, ...]:
    """Split a ``|``-separated cell into its non-empty parts."""
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _optional(cell: str) -> str | None:
    return cell.strip() or None


def _unique(*groups: Iterable[str]) -> tuple[str, ...]:
    """Concatenate *groups*, dropping empty strings and repeats, keeping order."""
    return tuple(dict.fromkeys(item for group in groups for item in group if item))


# Countries -----------------------------------------------------------------


@functools.cache
def countries() -> tuple[CountryRecord, ...]:
    """Every ISO 3166-1 country, ASEAN members and partners enriched."""
    members = {row["code2"]: row for row in read_rows("asean_members.csv")}
    partners = {
        row["code2"]: row
        for row in read_rows("dialogue_partners.csv")
        if row["code3"]  # the EU and the organisations have no alpha-3
    }
    press = {
        row["code2"]: _split(row["variants"]) for row in read_rows("country_names.csv")
    }
    records = []
    for row in read_rows("iso3166_1.csv"):
        code = row["alpha_2"]
        member = members.get(code)
        partner = partners.get(code)
        extra = (member or partner or {}).get("name")
        name = extra or row["common_name"] or row["name"]
        variants = _unique(
            [name],
            _split(member["variants"]) if member else (),
            _split(partner["variants"]) if partner else (),
            [row["name"], row["official_name"], row["common_name"], row["name_th"]],
            press.get(code, ()),
        )
        joined = None
        if member:
            joined = member["joined_date"] or member["joined_year"]
        records.append(
            CountryRecord(
                code=code,
                code3=row["alpha_3"],
                name=name,
                iso_name=row["name"],
                variants=variants,
                thai_names=tuple(filter(is_thai, variants)),
                asean_member=member is not None,
                asean_joined=joined,
                dialogue_partner=partner is not None,
                dialogue_partner_since=_optional(partner["dp_since"])
                if partner
                else None,
            )
        )
    return tuple(records)


@functools.cache
def withdrawn_codes() -> dict[str, str]:
    """Map withdrawn ISO 3166-1 codes (alpha-2 and alpha-3) to their successor."""
    mapping = {}
    for row in read_rows("iso3166_1_withdrawn.csv"):
        mapping[row["alpha_2"]] = row["successor_alpha_2"]
        mapping[row["alpha_3"]] = row["successor_alpha_2"]
    return mapping


@functools.cache
def country_codes() -> frozenset[str]:
    """Every officially assigned ISO 3166-1 alpha-2 code."""
    return frozenset(record.code for record in countries())


@functools.cache
def country_index() -> Index[CountryRecord]:
    """The country index: codes exact, names folded."""
    legacy: dict[str, list[str]] = {}
    for old, new in withdrawn_codes().items():
        legacy.setdefault(new, []).append(old)
    return Index(
        "country",
        (
            (
                record,
                record.name,
                (record.code, record.code3, *legacy.get(record.code, ())),
                record.variants,
            )
            for record in countries()
        ),
    )


# Provinces -----------------------------------------------------------------


@functools.cache
def provinces() -> tuple[ProvinceRecord, ...]:
    """The 78 ISO 3166-2:TH subdivisions."""
    return tuple(
        ProvinceRecord(
            code=row["iso_3166_2"],
            name=row["name"],
            common_name=row["common_name"],
            name_th=row["name_th"],
            region=row["region"],
            type=row["type"],
            variants=_unique(
                _split(row["variants"]),
                [row["name"], row["common_name"], row["name_th"]],
            ),
        )
        for row in read_rows("th_provinces.csv")
    )


@functools.cache
def province_codes() -> frozenset[str]:
    """Every ISO 3166-2:TH code."""
    return frozenset(record.code for record in provinces())


@functools.cache
def province_index() -> Index[ProvinceRecord]:
    """The province index: codes and names folded, acronyms exact."""
    return Index(
        "province",
        (
            (record, record.common_name, (), (record.code, *record.variants))
            for record in provinces()
        ),
    )


# Organisations -------------------------------------------------------------


def _thai_agencies() -> Iterable[OrganizationRecord]:
    for row in read_rows("th_agencies.csv"):
        parent = row["parent"]
        yield OrganizationRecord(
            key=row["abbr"],
            name=row["name"],
            acronym=row["abbr"],
            name_th=_optional(row["name_th"]),
            kind=row["kind"],
            parent=None if parent in ("", "independent") else parent,
            country="TH",
            variants=_unique(
                [row["name"], row["abbr"], row["name_th"]], _split(row["aliases"])
            ),
            successor=_optional(row["successor"]),
        )


def _partner_organizations() -> Iterable[OrganizationRecord]:
    for row in read_rows("dialogue_partners.csv"):
        if row["code3"]:
            continue  # a country: see countries()
        variants = _unique([row["name"], row["acronym"]], _split(row["variants"]))
        yield OrganizationRecord(
            key=row["acronym"],
            name=row["name"],
            acronym=row["acronym"],
            name_th=next(filter(is_thai, variants), None),
            kind="international",
            parent=_optional(row["parent"]),
            variants=variants,
        )


def _other_organizations() -> Iterable[OrganizationRecord]:
    for row in read_rows("organizations.csv"):
        yield OrganizationRecord(
            key=row["key"],
            name=row["name"],
            acronym=_optional(row["acronym"]),
            name_th=_optional(row["name_th"]),
            kind=row["kind"],
            parent=_optional(row["parent"]),
            country=_optional(row["country"]),
            variants=_unique([row["name"]], _split(row["variants"])),
        )


@functools.cache
def organizations() -> tuple[OrganizationRecord, ...]:
    """Thai agencies, then international organisations."""
    return (
        *_thai_agencies(),
        *_other_organizations(),
        *_partner_organizations(),
    )


@functools.cache
def organization_index() -> Index[OrganizationRecord]:
    """The organisation index: keys and names."""
    return Index(
        "organization",
        (
            (record, record.name, (), (record.key, *record.variants))
            for record in organizations()
        ),
    )


# Cities --------------------------------------------------------------------


@functools.cache
def cities() -> tuple[CityRecord, ...]:
    """The ASEAN Smart Cities Network member cities."""
    return tuple(
        CityRecord(
            name=row["city"],
            country=row["country_code2"],
            province=_optional(row["province_iso_if_thai"]),
            ascn_joined=int(row["joined_year"]) if row["joined_year"] else None,
            variants=_unique([row["city"]], _split(row["variants"])),
        )
        for row in read_rows("ascn_cities.csv")
    )


@functools.cache
def city_index() -> Index[CityRecord]:
    """The ASCN city index."""
    return Index(
        "city", ((record, record.name, (), record.variants) for record in cities())
    )


@functools.cache
def venues() -> tuple[CityRecord, ...]:
    """Capitals and meeting venues, ASCN cities first."""
    ascn_names = {fold(name) for record in cities() for name in record.variants}
    extra = [
        CityRecord(
            name=row["city"],
            country=row["country_code2"],
            variants=_unique([row["city"]], _split(row["variants"])),
        )
        for row in read_rows("venues.csv")
        # An ASCN city listed again as a capital keeps its ASCN record.
        if not ascn_names & {fold(name) for name in _split(row["variants"])}
    ]
    return (*cities(), *extra)


@functools.cache
def capitals() -> dict[str, CityRecord]:
    """Each country's capital, by ISO code (from ``venues.csv``)."""
    by_name = {record.name: record for record in venues()}
    ascn = {fold(name): record for record in cities() for name in record.variants}
    table: dict[str, CityRecord] = {}
    for row in read_rows("venues.csv"):
        if row["why"].startswith("capital"):
            record = by_name.get(row["city"]) or ascn[fold(row["city"])]
            table[row["country_code2"]] = record
    return table


@functools.cache
def venue_index() -> Index[CityRecord]:
    """The index of every city a meeting may be held in."""
    return Index(
        "city", ((record, record.name, (), record.variants) for record in venues())
    )


# Meetings ------------------------------------------------------------------


@functools.cache
def meeting_series() -> tuple[MeetingSeriesRecord, ...]:
    """The known meeting series."""
    return tuple(
        MeetingSeriesRecord(
            key=row["key"],
            name=row["name"],
            variants=_unique([row["name"]], _split(row["variants"])),
            kind=row["kind"] or None,
        )
        for row in read_rows("meeting_series.csv")
    )


@functools.cache
def meeting_series_index() -> Index[MeetingSeriesRecord]:
    """The meeting-series index: keys and names."""
    return Index(
        "meeting series",
        (
            (record, record.name, (), (record.key, *record.variants))
            for record in meeting_series()
        ),
    )


def _meetings(series: str, name: str) -> Iterable[MeetingRecord]:
    for row in read_rows(name):
        yield MeetingRecord(
            series=series,
            ordinal=int(row["ordinal"]),
            year=int(row["year"]),
            start=_optional(row["start"]),
            end=_optional(row["end"]),
            city=_optional(row["city"]),
            country=row["country_code2"],
            chair=_optional(row["chair"]),
            documents=_split(row["documents"]),
            format=row["format"],
            theme=_optional(row["theme"]),
            vice_chair=_optional(row.get("vice_chair", "")),
            dates_scope=_optional(row.get("dates_scope", "")),
            note=_optional(row.get("notes", "")),
        )


@functools.cache
def meetings() -> tuple[MeetingRecord, ...]:
    """Every known meeting, by series, then by ordinal."""
    return (
        *_meetings("ADGMIN", "adgmin_meetings.csv"),
        *_meetings("ASCN", "ascn_meetings.csv"),
    )


@functools.cache
def meeting_table() -> dict[tuple[str, int], MeetingRecord]:
    """Map ``(series key, ordinal)`` to the meeting."""
    return {(record.series, record.ordinal): record for record in meetings()}


# Officeholders -------------------------------------------------------------


@functools.cache
def officeholders() -> tuple[OfficeholderRecord, ...]:
    """Every known term of office, in file order."""
    return tuple(
        OfficeholderRecord(
            name=row["name"],
            role=row["role"],
            country=row["country_code2"],
            start=_optional(row["start"]),
            end=_optional(row["end"]),
            variants=_unique([row["name"]], _split(row["variants"])),
            note=_optional(row["note"]),
        )
        for row in read_rows("officeholders.csv")
    )


@functools.cache
def terms_by_person() -> dict[str, tuple[OfficeholderRecord, ...]]:
    """Map each person's name to their terms, earliest first."""
    terms: dict[str, list[OfficeholderRecord]] = {}
    for record in officeholders():
        terms.setdefault(record.name, []).append(record)
    return {
        name: tuple(sorted(found, key=lambda term: term.start or ""))
        for name, found in terms.items()
    }


@functools.cache
def officeholder_index() -> Index[OfficeholderRecord]:
    """The person index; a name finds the person's latest term."""
    return Index(
        "officeholder",
        (
            (terms[-1], name, (), _unique(*(term.variants for term in terms)))
            for name, terms in terms_by_person().items()
        ),
    )


# Smart-city dimensions and Thai months -------------------------------------


@functools.cache
def smart_dimensions() -> tuple[SmartDimensionRecord, ...]:
    """The seven dimensions of Smart City Thailand."""
    return tuple(
        SmartDimensionRecord(
            key=row["key"],
            name=row["name_en"],
            name_th=row["name_th"],
            variants=_unique(
                [row["name_en"]], _split(row["alt_names_en"]), [row["name_th"]]
            ),
        )
        for row in read_rows("smart_dimensions.csv")
    )


@functools.cache
def smart_dimension_index() -> Index[SmartDimensionRecord]:
    """The smart-dimension index: keys and names."""
    return Index(
        "smart-city dimension",
        (
            (record, record.name, (), (record.key, *record.variants))
            for record in smart_dimensions()
        ),
    )


@functools.cache
def thai_months() -> tuple[ThaiMonthRecord, ...]:
    """The twelve Thai month names, January first."""
    return tuple(
        ThaiMonthRecord(number=int(row["number"]), full=row["full"], abbr=row["abbr"])
        for row in read_rows("thai_months.csv")
    )
