"""Typed, validated records of Thailand's and ASEAN's digital economy.

``thaidigital`` turns news articles into immutable records (articles,
meetings, agreements, smart-city programs) that can be validated, merged and
serialized.

Example:
    >>> import thaidigital as td
    >>> art = td.parse_article("ASEAN ministers meet\\n\\nThe 5th ASEAN Digital "
    ...     "Ministerial Meeting took place on January 16-17 in Bangkok.")
    >>> meeting = td.extract(art).meetings[0]
    >>> meeting.ordinal, str(meeting.when), meeting.place.name
    (5, '2025-01-16/2025-01-17', 'Bangkok')
    >>> td.reference.province("Chonburi").code
    'TH-20'
    >>> d = td.PartialDate(year=2025, month=1, day=16)
    >>> td.to_json(d)
    '"2025-01-16"'
    >>> td.from_json('"2025-01"', td.PartialDate)
    PartialDate(year=2025, month=1, day=None, qualifier=None)
"""

from importlib.metadata import PackageNotFoundError, version

from thaidigital import dates, reference
from thaidigital._errors import (
    DocumentError,
    InvalidValueError,
    NewerSchemaWarning,
    ParseError,
    SchemaVersionError,
    ThaiDigitalError,
    UnknownCodeError,
)
from thaidigital._seeds import seed_files
from thaidigital.extract import extract
from thaidigital.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Block,
    Country,
    DateRange,
    Evidence,
    Extraction,
    Figure,
    Heading,
    ListItem,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Membership,
    MembershipStatus,
    Organization,
    Outcome,
    OutcomeAction,
    Paragraph,
    PartialDate,
    Party,
    Person,
    Place,
    Precision,
    ProgramScope,
    Qualifier,
    Quantity,
    QuantityQualifier,
    SmartCityProgram,
)
from thaidigital.parse import (
    DroppedLine,
    DropReason,
    ParseReport,
    parse_article,
    parse_article_report,
    render_article,
)
from thaidigital.serialize import (
    SCHEMA_VERSION,
    configure_converter,
    dump_jsonl,
    from_dict,
    from_json,
    json_schema,
    load_jsonl,
    make_converter,
    to_dict,
    to_json,
)

try:
    __version__ = version("thaidigital")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0+unknown"

__all__ = [
    "SCHEMA_VERSION",
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Article",
    "Block",
    "Country",
    "DateRange",
    "DocumentError",
    "DropReason",
    "DroppedLine",
    "Evidence",
    "Extraction",
    "Figure",
    "Heading",
    "InvalidValueError",
    "ListItem",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Membership",
    "MembershipStatus",
    "NewerSchemaWarning",
    "Organization",
    "Outcome",
    "OutcomeAction",
    "Paragraph",
    "ParseError",
    "ParseReport",
    "PartialDate",
    "Party",
    "Person",
    "Place",
    "Precision",
    "ProgramScope",
    "Qualifier",
    "Quantity",
    "QuantityQualifier",
    "SchemaVersionError",
    "SmartCityProgram",
    "ThaiDigitalError",
    "UnknownCodeError",
    "__version__",
    "configure_converter",
    "dates",
    "dump_jsonl",
    "extract",
    "from_dict",
    "from_json",
    "json_schema",
    "load_jsonl",
    "make_converter",
    "parse_article",
    "parse_article_report",
    "reference",
    "render_article",
    "seed_files",
    "to_dict",
    "to_json",
]
