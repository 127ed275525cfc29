"""The typed schema: immutable, validated records and the values they hold.

Every class is an ``attrs`` frozen, slotted, keyword-only class. Sequences are
tuples, enums are ``str``-valued, equality is value equality. Validators run at
construction, so an invalid record cannot exist; a failure raises
:class:`~thaidigital.InvalidValueError` naming the field and the value.
"""

from thaidigital.models._article import Article, Block, Heading, ListItem, Paragraph
from thaidigital.models._dates import DateRange, PartialDate, Precision, Qualifier
from thaidigital.models._records import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Extraction,
    Figure,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Membership,
    MembershipStatus,
    Outcome,
    OutcomeAction,
    ProgramScope,
    SmartCityProgram,
)
from thaidigital.models._values import (
    Country,
    Evidence,
    Organization,
    Party,
    Person,
    Place,
    Quantity,
    QuantityQualifier,
)

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Article",
    "Block",
    "Country",
    "DateRange",
    "Evidence",
    "Extraction",
    "Figure",
    "Heading",
    "ListItem",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Membership",
    "MembershipStatus",
    "Organization",
    "Outcome",
    "OutcomeAction",
    "Paragraph",
    "PartialDate",
    "Party",
    "Person",
    "Place",
    "Precision",
    "ProgramScope",
    "Qualifier",
    "Quantity",
    "QuantityQualifier",
    "SmartCityProgram",
]

#: Record classes that stand alone as documents (JSON files, JSONL lines).
DOCUMENT_TYPES = (Article, Meeting, Agreement, SmartCityProgram, Extraction)
