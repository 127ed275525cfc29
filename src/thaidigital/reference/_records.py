"""Frozen records returned by the reference lookups.

Every record is immutable and compares by value. ``str()`` gives a short label
that names the record and its code (``Chon Buri (TH-20)``); ``repr()`` shows
every field, code first.
"""

import attrs

__all__ = [
    "CityRecord",
    "CountryRecord",
    "MeetingRecord",
    "MeetingSeriesRecord",
    "OfficeholderRecord",
    "OrganizationRecord",
    "ProvinceRecord",
    "SmartDimensionRecord",
    "ThaiMonthRecord",
]


_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}


def ordinal_label(number: int) -> str:
    """Return *number* with its English ordinal suffix (``1st``, ``12th``, ``22nd``)."""
    teen = 10 <= number % 100 <= 20
    return f"{number}{'th' if teen else _SUFFIXES.get(number % 10, 'th')}"


@attrs.frozen(kw_only=True)
class CountryRecord:
    """A country or territory of ISO 3166-1.

    All 249 officially assigned codes are known. ASEAN members and dialogue
    partners carry the names ASEAN writes ("Viet Nam", "Lao PDR") and their
    membership facts.

    Attributes:
        code: ISO 3166-1 alpha-2 code, e.g. ``"VN"``.
        code3: ISO 3166-1 alpha-3 code, e.g. ``"VNM"``.
        name: Display name: as ASEAN writes it for members and dialogue
            partners, else the common English name, else the ISO name.
        iso_name: The ISO 3166-1 English short name.
        variants: Every known written form (English and Thai script), display
            name first. Codes are not repeated here.
        thai_names: The Thai-script forms among ``variants``.
        asean_member: Whether the country is an ASEAN member state today.
        asean_joined: When it joined ASEAN as an ISO 8601 prefix
            (``"1967-08-08"``, or ``"1997"`` where only the year is known), or
            ``None`` for non-members.
        dialogue_partner: Whether the country is an ASEAN dialogue partner.
        dialogue_partner_since: The year the dialogue partnership began, where
            a source gives it, else ``None``.

    Example:
        >>> from thaidigital import reference
        >>> print(reference.country("Vietnam"))
        Viet Nam (VN)

    .. versionadded:: 0.1.0
    """

    code: str
    code3: str
    name: str
    iso_name: str
    variants: tuple[str, ...] = ()
    thai_names: tuple[str, ...] = ()
    asean_member: bool = False
    asean_joined: str | None = None
    dialogue_partner: bool = False
    dialogue_partner_since: str | None = None

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


@attrs.frozen(kw_only=True)
class ProvinceRecord:
    """A first-level subdivision of Thailand (ISO 3166-2:TH).

    There are 78: 76 provinces, Bangkok (a metropolitan administration) and
    Pattaya (a special administrative city).

    Attributes:
        code: ISO 3166-2 code, e.g. ``"TH-20"``.
        name: The ISO 3166-2 English name, e.g. ``"Chon Buri"``.
        common_name: The name news usually writes, e.g. ``"Bangkok"`` for
            ``"Krung Thep Maha Nakhon"``.
        name_th: The name in Thai script.
        region: One of the six geographic regions: ``"North"``,
            ``"Northeast"``, ``"Central"``, ``"East"``, ``"West"``, ``"South"``.
        type: The ISO subdivision type: ``"Province"``, ``"Metropolitan
            administration"`` or ``"Special administrative city"``.
        variants: Every known written form (romanisations and Thai script).

    Example:
        >>> from thaidigital import reference
        >>> print(reference.province("Chonburi"))
        Chon Buri (TH-20)

    .. versionadded:: 0.1.0
    """

    code: str
    name: str
    common_name: str
    name_th: str
    region: str
    type: str
    variants: tuple[str, ...] = ()

    def __str__(self) -> str:
        if self.common_name != self.name:
            return f"{self.common_name} ({self.name}, {self.code})"
        return f"{self.name} ({self.code})"


@attrs.frozen(kw_only=True)
class OrganizationRecord:
    """A Thai government body or an international organisation.

    Attributes:
        key: The unique key, usually the acronym as the body writes it
            (``"MDES"``, ``"depa"``, ``"EU"``).
        name: The English name.
        acronym: The acronym, or ``None``.
        name_th: The Thai name, or ``None`` where none is recorded.
        kind: One of ``"government"``, ``"ministry"``, ``"office"``,
            ``"department"``, ``"agency"``, ``"committee"``, ``"regulator"``,
            ``"state_enterprise"``, ``"international"``.
        parent: The key of the body it reports to, or ``None`` (top level or
            independent).
        country: ISO 3166-1 alpha-2 code of its country, or ``None`` for
            international organisations.
        variants: Every known written form, name first.
        successor: For a body that no longer exists, the key of the body that
            took over its work, else ``None``.

    Example:
        >>> from thaidigital import reference
        >>> print(reference.organization("DEPA"))
        Digital Economy Promotion Agency (depa)

    .. versionadded:: 0.1.0
    """

    key: str
    name: str
    acronym: str | None = None
    name_th: str | None = None
    kind: str
    parent: str | None = None
    country: str | None = None
    variants: tuple[str, ...] = ()
    successor: str | None = None

    def __str__(self) -> str:
        if self.acronym:
            return f"{self.name} ({self.acronym})"
        return self.name


@attrs.frozen(kw_only=True)
class CityRecord:
    """A member city of the ASEAN Smart Cities Network (ASCN).

    Attributes:
        name: The name as the ASCN lists it.
        country: ISO 3166-1 alpha-2 code.
        province: ISO 3166-2:TH code for Thai members (Thailand lists
            provinces), else ``None``.
        ascn_joined: The year the city joined the network, or ``None``.
        variants: Every known written form, name first.

    Example:
        >>> from thaidigital import reference
        >>> print(reference.city("Danang"))
        Da Nang, VN

    .. versionadded:: 0.1.0
    """

    name: str
    country: str
    province: str | None = None
    ascn_joined: int | None = None
    variants: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.name}, {self.country}"


@attrs.frozen(kw_only=True)
class MeetingSeriesRecord:
    """A recurring meeting, such as the ASEAN Digital Ministers' Meeting.

    Attributes:
        key: The short key, e.g. ``"ADGMIN"``.
        name: The canonical English name.
        variants: Every known written form, name first.
        kind: The kind of meeting the series holds, a
            :class:`~thaidigital.MeetingKind` value ("ministerial"), when known.

    Example:
        >>> from thaidigital import reference
        >>> series = reference.meeting_series("ASEAN Digital Ministerial Meeting")
        >>> print(series)
        ASEAN Digital Ministers' Meeting (ADGMIN)
        >>> series.kind
        'ministerial'

    .. versionadded:: 0.1.0
    """

    key: str
    name: str
    variants: tuple[str, ...] = ()
    kind: str | None = None

    def __str__(self) -> str:
        return f"{self.name} ({self.key})"


@attrs.frozen(kw_only=True)
class MeetingRecord:
    """One known meeting of a series.

    Attributes:
        series: The series key, e.g. ``"ADGMIN"``.
        ordinal: The meeting's number in its series (5 for the 5th).
        year: The year it was held.
        start: First day as an ISO 8601 date, or ``None`` if unknown.
        end: Last day as an ISO 8601 date, or ``None`` if unknown.
        city: The host city (for a virtual meeting, where it was hosted
            from), or ``None``.
        country: ISO 3166-1 alpha-2 code of the host.
        chair: Who chaired it, or ``None`` if unknown.
        documents: Documents adopted, endorsed or noted there.
        format: ``"in-person"`` or ``"virtual"``.
        theme: The meeting's theme, or ``None``.
        vice_chair: The vice-chair (usually the next host's minister), or
            ``None``.
        dates_scope: What ``start`` and ``end`` span: ``"ministerial"`` (the
            ministers' days), ``"with_related_meetings"``, ``"unknown"``, or
            ``None`` where the source does not say.
        note: A short free-text note, or ``None``.

    Example:
        >>> from thaidigital import reference
        >>> print(reference.meeting("ADGMIN", 5))
        5th ADGMIN (2025, Bangkok)

    .. versionadded:: 0.1.0
    """

    series: str
    ordinal: int
    year: int
    start: str | None = None
    end: str | None = None
    city: str | None = None
    country: str
    chair: str | None = None
    documents: tuple[str, ...] = ()
    format: str
    theme: str | None = None
    vice_chair: str | None = None
    dates_scope: str | None = None
    note: str | None = None

    def __str__(self) -> str:
        where = self.city or self.country
        return f"{ordinal_label(self.ordinal)} {self.series} ({self.year}, {where})"


@attrs.frozen(kw_only=True)
class OfficeholderRecord:
    """One term of a person in an office (a minister, a prime minister).

    A person who held an office twice has two records.

    Attributes:
        name: The person's name as usually romanised.
        role: ``"des_minister"``, ``"prime_minister"``,
            ``"acting_prime_minister"``, ``"foreign_minister"``,
            ``"president"`` or ``"premier"``.
        country: ISO 3166-1 alpha-2 code.
        start: Start of the term as an ISO 8601 prefix, or ``None``.
        end: End of the term as an ISO 8601 prefix, or ``None`` while in
            office (as far as the data knows).
        variants: Every known written form of the name, name first.
        note: A short free-text note, or ``None``.

    Example:
        >>> from thaidigital import reference
        >>> print(reference.officeholder("Prasert Chantararuangthong"))
        Prasert Jantararuangtong (TH des_minister, 2023-09-01/2025-09)

    .. versionadded:: 0.1.0
    """

    name: str
    role: str
    country: str
    start: str | None = None
    end: str | None = None
    variants: tuple[str, ...] = ()
    note: str | None = None

    def __str__(self) -> str:
        span = f"{self.start or '..'}/{self.end or '..'}"
        return f"{self.name} ({self.country} {self.role}, {span})"


@attrs.frozen(kw_only=True)
class SmartDimensionRecord:
    """One of the seven dimensions of depa's Smart City Thailand programme.

    Attributes:
        key: The short key, e.g. ``"mobility"``.
        name: The English name, e.g. ``"Smart Mobility"``.
        name_th: The Thai name.
        variants: Every known written form, name first.

    Example:
        >>> from thaidigital import reference
        >>> print(reference.smart_dimension("Smart Citizen"))
        Smart People

    .. versionadded:: 0.1.0
    """

    key: str
    name: str
    name_th: str
    variants: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.name


@attrs.frozen(kw_only=True)
class ThaiMonthRecord:
    """A month of the Thai solar calendar, as CLDR writes it.

    Attributes:
        number: 1 for January … 12 for December.
        full: The full Thai name, e.g. ``"มกราคม"``.
        abbr: The abbreviation with its dots, e.g. ``"ม.ค."``.

    Example:
        >>> from thaidigital import reference
        >>> print(reference.thai_months()[0])
        มกราคม

    .. versionadded:: 0.1.0
    """

    number: int
    full: str
    abbr: str

    def __str__(self) -> str:
        return self.full
