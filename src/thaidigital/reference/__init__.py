"""Reference data and lookups: countries, Thai provinces, agencies, meetings.

The data ships with the package as CSV files under ``reference/data/`` (their
sources, dates and update policy are in ``data/SOURCES.md``). Nothing is read
at import time: each file is read the first time a lookup needs it, and its
records and indexes are cached for the life of the process. Records are frozen
``attrs`` classes.

Each lookup ``name(text)`` returns a record or raises
:class:`~thaidigital.UnknownCodeError` (a :class:`LookupError`) that
suggests up to three close names; its ``get_name(text)`` twin returns ``None``
instead.

>>> from thaidigital import reference
>>> reference.country("Viet Nam").code
'VN'
>>> print(reference.province("Chonburi"))
Chon Buri (TH-20)
>>> reference.organization("depa").parent
'MDES'
>>> try:
...     reference.province("Chiang Mia")
... except LookupError as error:
...     print(error)
unknown province 'Chiang Mia'; did you mean 'Chiang Mai'?

Matching rules
--------------

* **Folding.** Names are compared after folding: Unicode NFKD, combining marks
  dropped except Thai ones (nothing in U+0E00–U+0E7F is ever dropped),
  casefolded, a leading English "the " dropped, and then every character that
  is not a letter or a digit dropped. So "Chon Buri", "Chonburi" and
  "chon-buri" match; so do "Lao P.D.R." and "lao pdr", and "Việt Nam" and
  "Viet Nam". :func:`fold_name` shows the folded form.
* **Exact capitals for codes and acronyms.** Codes and acronyms that clash
  with words match only as written: every ISO 3166-1 alpha-2 and alpha-3
  code, and every variant made of one to five upper-case ASCII letters,
  optionally with dots. Dots, surrounding space and a leading "the " are
  ignored there, capitals are not. So ``country("US")``, ``country("U.S.")``
  and ``country("the US")`` find the United States, but ``country("us")``
  raises; ``country("CAN")`` finds Canada, but ``"can"`` raises. Acronyms
  the data also lists in lower or mixed case ("depa", "Depa", "Asean", "BoI")
  match by folding as usual.
* **Codes.** Countries match by alpha-2, alpha-3 and the withdrawn codes
  ``BU``/``BUR`` (Burma, now ``MM``) and ``TP``/``TMP`` (East Timor, now
  ``TL``); :func:`is_country_code` accepts only the 249 assigned alpha-2
  codes. Provinces match by ISO 3166-2 code (``TH-20``), folded like names.
* **No guessing.** Every key belongs to one record; the data is checked for
  clashes when an index is built. Names left out on purpose because they are
  ambiguous (bare "Korea", "Lao", "Siam", "Surat") do not match.
* **Suggestions.** Only when a lookup fails, the folded query is compared with
  every folded key by ``difflib``; names scoring 0.8 or more are offered,
  best first.

.. versionadded:: 0.1.0
"""

from thaidigital.reference._api import (
    cities,
    city,
    countries,
    country,
    fold_name,
    get_capital,
    get_city,
    get_country,
    get_meeting,
    get_meeting_series,
    get_officeholder,
    get_organization,
    get_province,
    get_smart_dimension,
    get_venue,
    is_country_code,
    is_province_code,
    meeting,
    meeting_series,
    meeting_series_all,
    meetings,
    officeholder,
    officeholder_terms,
    officeholders,
    organization,
    organizations,
    province,
    provinces,
    smart_dimension,
    smart_dimensions,
    thai_months,
    venue,
    venues,
)
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
    "cities",
    "city",
    "countries",
    "country",
    "fold_name",
    "get_capital",
    "get_city",
    "get_country",
    "get_meeting",
    "get_meeting_series",
    "get_officeholder",
    "get_organization",
    "get_province",
    "get_smart_dimension",
    "get_venue",
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
    "venue",
    "venues",
]
