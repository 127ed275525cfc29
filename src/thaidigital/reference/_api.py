"""The public lookups of :mod:`thaidigital.reference`.

Each ``name(text)`` returns a record or raises
:class:`~thaidigital.UnknownCodeError` with close suggestions; each
``get_name(text)`` twin returns ``None`` instead. The matching rules are in the
package docstring.
"""

from __future__ import annotations

from thaidigital._errors import UnknownCodeError
from thaidigital.reference import _data
from thaidigital.reference._index import fold
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
    ordinal_label,
)

__all__ = [
    "cities",
    "city",
    "countries",
    "country",
    "fold_name",
    "get_city",
    "get_country",
    "get_meeting",
    "get_meeting_series",
    "get_officeholder",
    "get_organization",
    "get_province",
    "get_smart_dimension",
    "is_country_code",
    "is_province_code",
    "meeting",
    "meeting_series",
    "meeting_series_all",
    "meetings",
    "officeholder",
    "officeholder_terms",
    "officeholders",
    "organization",
    "organizations",
    "province",
    "provinces",
    "smart_dimension",
    "smart_dimensions",
    "thai_months",
]


# Validators -----------------------------------------------------------------


def is_country_code(code: str) -> bool:
    """Return whether *code* is an officially assigned ISO 3166-1 alpha-2 code.

    Only the exact upper-case code counts: not ``"vn"``, not an alias such as
    ``"UK"``, not a reserved code such as ``"EU"``.

    Args:
        code: The text to check.

    Returns:
        ``True`` for one of the 249 assigned codes.

    Example:
        >>> is_country_code("GB"), is_country_code("UK"), is_country_code("EU")
        (True, False, False)

    .. versionadded:: 0.1.0
    """
    return code in _data.country_codes()


def is_province_code(code: str) -> bool:
    """Return whether *code* is an ISO 3166-2:TH code, as written there.

    Args:
        code: The text to check.

    Returns:
        ``True`` for one of the 78 codes (``"TH-10"`` … ``"TH-96"``, ``"TH-S"``).

    Example:
        >>> is_province_code("TH-20"), is_province_code("th-20")
        (True, False)

    .. versionadded:: 0.1.0
    """
    return code in _data.province_codes()


def fold_name(text: str) -> str:
    """Return the folded form names are compared in.

    Decompose (NFKD), drop combining marks except Thai ones, casefold, drop a
    leading English "the", keep only letters, digits and Thai characters.

    Args:
        text: Any text.

    Returns:
        The folded text; two names match when their folded forms are equal.

    Example:
        >>> fold_name("Chon Buri") == fold_name("chon-buri") == "chonburi"
        True

    .. versionadded:: 0.1.0
    """
    return fold(text)


# Countries ------------------------------------------------------------------


def country(text: str) -> CountryRecord:
    """Look up a country by code, ISO name or any known name.

    Args:
        text: An ISO 3166-1 alpha-2 or alpha-3 code (exact capitals), a
            withdrawn code (``"BU"``, ``"TP"``), the ISO name, or a variant in
            English or Thai script.

    Returns:
        The country's record.

    Raises:
        UnknownCodeError: If nothing matches; it suggests close names.

    Example:
        >>> country("Việt Nam").code
        'VN'
        >>> country("UK").name
        'United Kingdom'
        >>> try:
        ...     country("us")
        ... except LookupError as error:
        ...     print(error)
        unknown country 'us'; did you mean 'United States'?

    .. versionadded:: 0.1.0
    """
    return _data.country_index().lookup(text)


def get_country(text: str) -> CountryRecord | None:
    """Like :func:`country`, but return ``None`` if nothing matches.

    Args:
        text: A code or name, as for :func:`country`.

    Returns:
        The country's record, or ``None``.

    Example:
        >>> get_country("Laos").code, get_country("Atlantis")
        ('LA', None)

    .. versionadded:: 0.1.0
    """
    return _data.country_index().find(text)


def countries() -> tuple[CountryRecord, ...]:
    """Return every ISO 3166-1 country, ordered by alpha-2 code.

    Returns:
        249 records.

    Example:
        >>> sum(record.asean_member for record in countries())
        11

    .. versionadded:: 0.1.0
    """
    return _data.countries()


# Provinces ------------------------------------------------------------------


def province(text: str) -> ProvinceRecord:
    """Look up a Thai province by ISO 3166-2 code or any known name.

    Args:
        text: An ISO 3166-2:TH code (``"TH-20"``), the ISO name, the common
            name, a romanisation variant, or the Thai name.

    Returns:
        The province's record.

    Raises:
        UnknownCodeError: If nothing matches; it suggests close names.

    Example:
        >>> province("Chonburi").code
        'TH-20'
        >>> province("โคราช").name
        'Nakhon Ratchasima'

    .. versionadded:: 0.1.0
    """
    return _data.province_index().lookup(text)


def get_province(text: str) -> ProvinceRecord | None:
    """Like :func:`province`, but return ``None`` if nothing matches.

    Args:
        text: A code or name, as for :func:`province`.

    Returns:
        The province's record, or ``None``.

    Example:
        >>> get_province("BKK").common_name, get_province("Surat")
        ('Bangkok', None)

    .. versionadded:: 0.1.0
    """
    return _data.province_index().find(text)


def provinces() -> tuple[ProvinceRecord, ...]:
    """Return the 78 ISO 3166-2:TH subdivisions, ordered by code.

    Returns:
        76 provinces, Bangkok (TH-10) and Pattaya (TH-S).

    Example:
        >>> len(provinces()), provinces()[0].common_name
        (78, 'Bangkok')

    .. versionadded:: 0.1.0
    """
    return _data.provinces()


# Organisations --------------------------------------------------------------


def organization(text: str) -> OrganizationRecord:
    """Look up a Thai agency or an international organisation.

    Args:
        text: The key or acronym (``"MDES"``, ``"depa"``; all-capital acronyms
            in exact capitals), the English name, or a variant.

    Returns:
        The organisation's record.

    Raises:
        UnknownCodeError: If nothing matches; it suggests close names.

    Example:
        >>> organization("Digital Economy Promotion Agency").key
        'depa'
        >>> organization("DES").name
        'Ministry of Digital Economy and Society'

    .. versionadded:: 0.1.0
    """
    return _data.organization_index().lookup(text)


def get_organization(text: str) -> OrganizationRecord | None:
    """Like :func:`organization`, but return ``None`` if nothing matches.

    Args:
        text: An acronym or name, as for :func:`organization`.

    Returns:
        The organisation's record, or ``None``.

    Example:
        >>> get_organization("EU").kind, get_organization("eu")
        ('international', None)

    .. versionadded:: 0.1.0
    """
    return _data.organization_index().find(text)


def organizations() -> tuple[OrganizationRecord, ...]:
    """Return every known organisation: Thai agencies, then international ones.

    Returns:
        The records in data-file order.

    Example:
        >>> [record.key for record in organizations() if record.country is None]
        ['ASEAN', 'EU', 'ITU', 'APT', 'ASEC']

    .. versionadded:: 0.1.0
    """
    return _data.organizations()


# Cities ---------------------------------------------------------------------


def city(text: str) -> CityRecord:
    """Look up a member city of the ASEAN Smart Cities Network.

    Args:
        text: The city's name or a variant (``"Danang"``, ``"Naypyidaw"``).

    Returns:
        The city's record.

    Raises:
        UnknownCodeError: If nothing matches; it suggests close names.

    Example:
        >>> city("Ha Noi").name, city("Chon Buri").province
        ('Hanoi', 'TH-20')

    .. versionadded:: 0.1.0
    """
    return _data.city_index().lookup(text)


def get_city(text: str) -> CityRecord | None:
    """Like :func:`city`, but return ``None`` if nothing matches.

    Args:
        text: A name, as for :func:`city`.

    Returns:
        The city's record, or ``None``.

    Example:
        >>> get_city("Jakarta").country, get_city("Paris")
        ('ID', None)

    .. versionadded:: 0.1.0
    """
    return _data.city_index().find(text)


def cities() -> tuple[CityRecord, ...]:
    """Return the ASCN member cities, the 26 pilot cities first.

    Returns:
        The records in data-file order.

    Example:
        >>> [record.name for record in cities() if record.ascn_joined == 2023]
        ['Chiang Mai', 'Khon Kaen', 'Rayong']

    .. versionadded:: 0.1.0
    """
    return _data.cities()


def venue(text: str) -> CityRecord:
    """Look up a city a meeting may be held in: an ASCN city, a capital or a venue.

    Args:
        text: The city's name or a variant (``"Tokyo"``, ``"Boracay"``).

    Returns:
        The city's record (ASCN cities carry ``ascn_joined``, others not).

    Raises:
        UnknownCodeError: If nothing matches; it suggests close names.

    Example:
        >>> venue("Tokyo").country, venue("Boracay Island").name
        ('JP', 'Boracay')
        >>> venue("Chonburi").province
        'TH-20'

    .. versionadded:: 0.1.0
    """
    return _data.venue_index().lookup(text)


def get_venue(text: str) -> CityRecord | None:
    """Like :func:`venue`, but return ``None`` if nothing matches.

    Example:
        >>> get_venue("Bali").country, get_venue("Atlantis")
        ('ID', None)

    .. versionadded:: 0.1.0
    """
    return _data.venue_index().find(text)


def get_capital(code: str) -> CityRecord | None:
    """The capital of the country with ISO alpha-2 ``code``, if the data has it.

    The data covers the ASEAN members and the dialogue partners.

    Example:
        >>> get_capital("TH").name, get_capital("JP").name, get_capital("FR")
        ('Bangkok', 'Tokyo', None)

    .. versionadded:: 0.1.0
    """
    return _data.capitals().get(code)


def venues() -> tuple[CityRecord, ...]:
    """Return every city :func:`venue` knows: ASCN cities, then the others.

    Example:
        >>> len(venues()) > len(cities())
        True

    .. versionadded:: 0.1.0
    """
    return _data.venues()


# Meetings -------------------------------------------------------------------


def meeting_series(text: str) -> MeetingSeriesRecord:
    """Look up a meeting series by key or name.

    Args:
        text: The key (``"ADGMIN"``) or a name variant.

    Returns:
        The series' record.

    Raises:
        UnknownCodeError: If nothing matches; it suggests close names.

    Example:
        >>> meeting_series("ASEAN Digital Ministerial Meeting").key
        'ADGMIN'

    .. versionadded:: 0.1.0
    """
    return _data.meeting_series_index().lookup(text)


def get_meeting_series(text: str) -> MeetingSeriesRecord | None:
    """Like :func:`meeting_series`, but return ``None`` if nothing matches.

    Args:
        text: A key or name, as for :func:`meeting_series`.

    Returns:
        The series' record, or ``None``.

    Example:
        >>> get_meeting_series("ASCN annual gathering").key
        'ASCN'

    .. versionadded:: 0.1.0
    """
    return _data.meeting_series_index().find(text)


def meeting_series_all() -> tuple[MeetingSeriesRecord, ...]:
    """Return every known meeting series.

    Returns:
        The records in data-file order.

    Example:
        >>> [record.key for record in meeting_series_all()][:4]
        ['ADGMIN', 'ASCN', 'ADGSOM', 'TELMIN']

    .. versionadded:: 0.1.0
    """
    return _data.meeting_series()


def meeting(series: str, ordinal: int) -> MeetingRecord:
    """Look up a known meeting by its series and number.

    Args:
        series: The series key or any of its name variants.
        ordinal: The meeting's number in the series (5 for the 5th).

    Returns:
        The meeting's record.

    Raises:
        UnknownCodeError: If the series is unknown, or the meeting is not in
            the data; it suggests close names.

    Example:
        >>> meeting("ASEAN Digital Ministers' Meeting", 5).city
        'Bangkok'
        >>> try:
        ...     meeting("ADGMIN", 7)
        ... except LookupError as error:
        ...     print(error.suggestions)
        ('6th ADGMIN', '5th ADGMIN', '4th ADGMIN')

    .. versionadded:: 0.1.0
    """
    known = _data.meeting_series_index().lookup(series)
    found = _data.meeting_table().get((known.key, ordinal))
    if found is None:
        import difflib

        query = f"{ordinal_label(ordinal)} {known.key}"
        labels = [
            f"{ordinal_label(record.ordinal)} {record.series}"
            for record in _data.meetings()
            if record.series == known.key
        ]
        suggestions = difflib.get_close_matches(query, labels, n=3, cutoff=0.85)
        raise UnknownCodeError("meeting", query, suggestions)
    return found


def get_meeting(series: str, ordinal: int) -> MeetingRecord | None:
    """Like :func:`meeting`, but return ``None`` if nothing matches.

    Args:
        series: The series key or any of its name variants.
        ordinal: The meeting's number in the series.

    Returns:
        The meeting's record, or ``None``.

    Example:
        >>> get_meeting("ASCN", 6).city, get_meeting("ASCN", 99)
        ('Bali', None)

    .. versionadded:: 0.1.0
    """
    known = _data.meeting_series_index().find(series)
    if known is None:
        return None
    return _data.meeting_table().get((known.key, ordinal))


def meetings() -> tuple[MeetingRecord, ...]:
    """Return every known meeting, by series, then by number.

    Returns:
        The ADGMIN meetings, then the ASCN annual meetings.

    Example:
        >>> [str(record) for record in meetings() if record.year == 2025]
        ['5th ADGMIN (2025, Bangkok)', '8th ASCN (2025, Kuala Lumpur)']

    .. versionadded:: 0.1.0
    """
    return _data.meetings()


# Officeholders --------------------------------------------------------------


def officeholder(text: str) -> OfficeholderRecord:
    """Look up a person in office by any spelling of their name.

    A person with several terms is found as their latest term; see
    :func:`officeholder_terms` for all of them.

    Args:
        text: A name or a variant (romanisations, Thai script).

    Returns:
        The person's latest term.

    Raises:
        UnknownCodeError: If nothing matches; it suggests close names.

    Example:
        >>> officeholder("Prasert Chantararuangthong").name
        'Prasert Jantararuangtong'

    .. versionadded:: 0.1.0
    """
    return _data.officeholder_index().lookup(text)


def get_officeholder(text: str) -> OfficeholderRecord | None:
    """Like :func:`officeholder`, but return ``None`` if nothing matches.

    Args:
        text: A name, as for :func:`officeholder`.

    Returns:
        The person's latest term, or ``None``.

    Example:
        >>> get_officeholder("Kishida").end, get_officeholder("Nobody")
        ('2024-10-01', None)

    .. versionadded:: 0.1.0
    """
    return _data.officeholder_index().find(text)


def officeholder_terms(text: str) -> tuple[OfficeholderRecord, ...]:
    """Return every term of the person *text* names, earliest first.

    Args:
        text: A name, as for :func:`officeholder`.

    Returns:
        The person's terms.

    Raises:
        UnknownCodeError: If nothing matches; it suggests close names.

    Example:
        >>> [term.start for term in officeholder_terms("Phumtham Wechayachai")]
        ['2024-08-14', '2025-07-03']

    .. versionadded:: 0.1.0
    """
    return _data.terms_by_person()[officeholder(text).name]


def officeholders() -> tuple[OfficeholderRecord, ...]:
    """Return every known term of office.

    Returns:
        The records in data-file order.

    Example:
        >>> [r.name for r in officeholders() if r.role == "des_minister"][-1]
        'Chaichanok Chidchob'

    .. versionadded:: 0.1.0
    """
    return _data.officeholders()


# Smart-city dimensions and Thai months --------------------------------------


def smart_dimension(text: str) -> SmartDimensionRecord:
    """Look up a Smart City Thailand dimension by key or name.

    Args:
        text: The key (``"mobility"``), the English name, an alternative
            English name, or the Thai name.

    Returns:
        The dimension's record.

    Raises:
        UnknownCodeError: If nothing matches; it suggests close names.

    Example:
        >>> smart_dimension("Smart Travel and Transportation").key
        'mobility'

    .. versionadded:: 0.1.0
    """
    return _data.smart_dimension_index().lookup(text)


def get_smart_dimension(text: str) -> SmartDimensionRecord | None:
    """Like :func:`smart_dimension`, but return ``None`` if nothing matches.

    Args:
        text: A key or name, as for :func:`smart_dimension`.

    Returns:
        The dimension's record, or ``None``.

    Example:
        >>> get_smart_dimension("พลังงานอัจฉริยะ").name
        'Smart Energy'

    .. versionadded:: 0.1.0
    """
    return _data.smart_dimension_index().find(text)


def smart_dimensions() -> tuple[SmartDimensionRecord, ...]:
    """Return the seven Smart City Thailand dimensions.

    Returns:
        The records in depa's order.

    Example:
        >>> [record.key for record in smart_dimensions()][:3]
        ['environment', 'economy', 'mobility']

    .. versionadded:: 0.1.0
    """
    return _data.smart_dimensions()


def thai_months() -> tuple[ThaiMonthRecord, ...]:
    """Return the twelve Thai month names (CLDR), January first.

    Returns:
        Twelve records; ``thai_months()[n - 1].number == n``.

    Example:
        >>> thai_months()[0].abbr, thai_months()[11].full
        ('ม.ค.', 'ธันวาคม')

    .. versionadded:: 0.1.0
    """
    return _data.thai_months()
