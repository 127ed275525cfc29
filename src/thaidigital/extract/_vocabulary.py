"""The extractor's vocabulary: words and cues as data, not code branches.

Every table maps what news writes (lower-cased unless noted) to what it
means. The words themselves are rows of the English language pack
(``extract/lang/en/<table>.csv``, read by ``_pack.rows``); this module gives
each table the shape and types the rules use. Names of real things
(countries, provinces, agencies, meeting series, officeholders) are not
here: they come from :mod:`thaidigital.reference`.
"""

from __future__ import annotations

from types import MappingProxyType

from thaidigital.dates._vocabulary import ENGLISH_MONTHS, ENGLISH_WEEKDAYS
from thaidigital.extract._pack import rows
from thaidigital.models import (
    AgreementKind,
    AgreementStatus,
    MeetingKind,
    OutcomeAction,
    QuantityQualifier,
)

__all__ = [
    "ACRONYM_KINDS",
    "AGREEMENT_KINDS",
    "AGREEMENT_WORDS",
    "ATTENDANCE_CUES",
    "BETWEEN_PARTIES",
    "DATE_NAMES",
    "DEMONYMS",
    "DOCUMENT_HEADS",
    "FIGURE_CONTEXT_LABELS",
    "FIGURE_LABELS",
    "FIGURE_UNITS",
    "HEDGES",
    "MEETING_NOUNS",
    "MODIFIERS",
    "NAMED_MEETING_NOUNS",
    "NAME_CONNECTORS",
    "NATIONAL_PROGRAM",
    "NUMBERED_MEETING_NOUNS",
    "NUMBER_WORDS",
    "ORDINAL_BLOCKERS",
    "ORDINAL_WORDS",
    "ORGANIZATION_HEADS",
    "OUTCOME_PHRASES",
    "OUTCOME_VERBS",
    "PARTICIPANT_CUES",
    "PARTICIPANT_GROUPS",
    "PEOPLE_UNITS",
    "PLACE_NOUNS",
    "PLANNED_VERBS",
    "PROGRAMS",
    "QUANTITY_QUALIFIERS",
    "REPORTING_VERBS",
    "ROLE_HEADS",
    "ROLE_KINDS",
    "SCALE_WORDS",
    "SEVERAL_MEETINGS",
    "STATUS_OF_ACTION",
    "TOPIC_CUES",
    "VISIT_NOUNS",
]

#: Ordinals written as words ("fifth"), and the number each stands for.
ORDINAL_WORDS = MappingProxyType(
    {row["word"]: int(row["number"]) for row in rows("en", "ordinal_words")}
)

#: Nouns that name a visit: a bilateral meeting, when its visitor or
#: destination is attached to the noun.
VISIT_NOUNS = frozenset(row["word"] for row in rows("en", "visit_nouns"))

#: Nouns that name a meeting only when capitalised and numbered ("the 26th
#: ASEAN Economic Community Council"), and the kind each names alone.
NUMBERED_MEETING_NOUNS = MappingProxyType(
    {
        row["word"]: MeetingKind(row["kind"])
        for row in rows("en", "numbered_meeting_nouns")
    }
)

#: Nouns that head a meeting's name only as the last word of a capitalised
#: name ("Thailand Smart City Week"), and the kind they name.
NAMED_MEETING_NOUNS = MappingProxyType(
    {row["word"]: MeetingKind(row["kind"]) for row in rows("en", "named_meeting_nouns")}
)

#: Nouns that head a meeting's name, and the kind each names alone; a visit
#: noun names a bilateral meeting.
MEETING_NOUNS = MappingProxyType(
    {row["word"]: MeetingKind(row["kind"]) for row in rows("en", "meeting_nouns")}
    | dict.fromkeys(VISIT_NOUNS, MeetingKind.BILATERAL)
)

#: Meeting nouns that name a kind of meeting, not one ("Foreign Ministers'
#: meetings").
SEVERAL_MEETINGS = frozenset(
    row["word"] for row in rows("en", "meeting_nouns") if row["several"] == "yes"
)

#: Words inside a meeting's name that say which kind it is; first hit wins.
MODIFIERS = MappingProxyType(
    {row["word"]: MeetingKind(row["kind"]) for row in rows("en", "meeting_modifiers")}
)

#: Endings of ASEAN meeting acronyms and the kind they name: ADGMIN and
#: TELMIN are ministers' meetings, ADGSOM and TELSOM senior officials'.
ACRONYM_KINDS: tuple[tuple[str, MeetingKind], ...] = tuple(
    (row["ending"], MeetingKind(row["kind"])) for row in rows("en", "acronym_kinds")
)

#: Words after an ordinal that show it does not count meetings
#: ("50th anniversary", "13th National … Plan", "21st Century").
ORDINAL_BLOCKERS = frozenset(row["word"] for row in rows("en", "ordinal_blockers"))

#: Lower-case words allowed inside a capitalised name ("Checklist on Cyberspace Norms").
NAME_CONNECTORS = frozenset(row["word"] for row in rows("en", "name_connectors"))

#: The head word that makes a capitalised phrase a document, and its kind.
DOCUMENT_HEADS = MappingProxyType(
    {row["word"]: AgreementKind(row["kind"]) for row in rows("en", "document_heads")}
)

#: Multi-word kinds, longest first, matched on the lower-cased name or phrase.
AGREEMENT_KINDS: tuple[tuple[str, AgreementKind], ...] = tuple(
    (row["phrase"], AgreementKind(row["kind"])) for row in rows("en", "document_kinds")
)

#: The kinds of agreement made between parties: the deals rule reads them,
#: titled or not ("will sign the Memorandum of Understanding on …"); the
#: outcome rules read every other kind of document.
BETWEEN_PARTIES = frozenset({AgreementKind.MOU, AgreementKind.MOC})

#: The agreement kinds above, lower case: an acronym that is one ("MOU",
#: "MOC") names no meeting and no party.
AGREEMENT_WORDS = frozenset(phrase for phrase, _ in AGREEMENT_KINDS)

#: English weekday and month names in full, lower case (from the dates
#: vocabulary): "the Summit on Monday" names no subject, and "… Ministry of
#: Transport on Monday" ends at the connector before one.
DATE_NAMES = frozenset(
    row[1] for row in (*ENGLISH_WEEKDAYS, *ENGLISH_MONTHS) if isinstance(row[1], str)
)

#: Verbs that report what a meeting did with a document ("endorsed",
#: "adopting"): the ``verb`` rows of ``outcome_verbs.csv``.
OUTCOME_VERBS = MappingProxyType(
    {
        row["phrase"]: OutcomeAction(row["action"])
        for row in rows("en", "outcome_verbs")
        if row["form"] == "verb"
    }
)

#: Multi-word verbs, matched before single words ("signed off on" is an
#: approval, not a signature): the ``phrase`` rows of ``outcome_verbs.csv``,
#: in file order.
OUTCOME_PHRASES: tuple[tuple[str, OutcomeAction], ...] = tuple(
    (row["phrase"], OutcomeAction(row["action"]))
    for row in rows("en", "outcome_verbs")
    if row["form"] == "phrase"
)

#: One-word verbs that report what was done with a document, of either
#: table (``agreement_cues.csv``, ``outcome_verbs.csv``), lower case: in a
#: headline's capitals ("Thailand and Japan Sign MoU") a document's name
#: does not reach back over one.
REPORTING_VERBS = frozenset(
    row["phrase"]
    for row in (*rows("en", "agreement_cues"), *rows("en", "outcome_verbs"))
    if " " not in row["phrase"]
)

#: Base forms that report a plan when a hedge comes before them
#: ("expected to approve", "will adopt"): the ``planned`` rows of
#: ``outcome_verbs.csv``.
PLANNED_VERBS = MappingProxyType(
    {
        row["phrase"]: OutcomeAction(row["action"])
        for row in rows("en", "outcome_verbs")
        if row["form"] == "planned"
    }
)

STATUS_OF_ACTION = MappingProxyType(
    {
        OutcomeAction.ENDORSED: AgreementStatus.ENDORSED,
        OutcomeAction.APPROVED: AgreementStatus.APPROVED,
        OutcomeAction.ADOPTED: AgreementStatus.ADOPTED,
        OutcomeAction.SIGNED: AgreementStatus.SIGNED,
        OutcomeAction.ACKNOWLEDGED: AgreementStatus.ACKNOWLEDGED,
        OutcomeAction.LAUNCHED: AgreementStatus.ADOPTED,
        OutcomeAction.NOTED: AgreementStatus.ACKNOWLEDGED,
    }
)

#: Words that make a following verb a plan or a wish, not a fact.
HEDGES = frozenset(row["word"] for row in rows("en", "hedges"))

#: Phrases that introduce the parties taking part in a meeting.
PARTICIPANT_CUES: tuple[str, ...] = tuple(
    row["phrase"] for row in rows("en", "participant_cues")
)

#: The participant cues that say someone attended (a verb), as against those
#: that only describe people ("ministers from", "officials of"): the rows
#: of ``participant_cues.csv`` marked ``attended``.
ATTENDANCE_CUES: tuple[str, ...] = tuple(
    row["phrase"] for row in rows("en", "participant_cues") if row["attended"] == "yes"
)

#: Groups named as taking part, and the name the record gives them.
PARTICIPANT_GROUPS: tuple[tuple[str, str], ...] = tuple(
    (row["phrase"], row["name"]) for row in rows("en", "participant_groups")
)

#: Phrases that introduce a list of topics, surest first.
TOPIC_CUES = tuple(row["phrase"] for row in rows("en", "topic_cues"))

#: Adjectives of nationality, and the country they name (case as written).
DEMONYMS = MappingProxyType(
    {row["demonym"]: row["code"] for row in rows("en", "demonyms")}
)

#: Lower-case words that head a role in front of a name ("Prime Minister X"),
#: and what the "of" after each names (its ``before_of`` column).
ROLE_KINDS = MappingProxyType(
    {row["word"]: row["before_of"] for row in rows("en", "role_heads")}
)
ROLE_HEADS = frozenset(ROLE_KINDS)

#: Nouns of places in or of a body ("Building", "Hall", "Room"), lower case:
#: "the University Building 2" is no organisation, "the meeting room" no
#: meeting.
PLACE_NOUNS = frozenset(row["word"].lower() for row in rows("en", "place_nouns"))

#: Words that end an organisation's name ("Ministry", "Agency", "Group").
ORGANIZATION_HEADS = frozenset(row["word"] for row in rows("en", "organization_heads"))

#: Words before a number that say how exact it is ("about", "more than").
QUANTITY_QUALIFIERS: tuple[tuple[str, QuantityQualifier], ...] = tuple(
    (row["phrase"], QuantityQualifier(row["qualifier"]))
    for row in rows("en", "quantity_qualifiers")
)

#: Words after a number that multiply it ("1.8 million"), and by what.
SCALE_WORDS = MappingProxyType(
    {row["word"]: int(row["factor"]) for row in rows("en", "scale_words")}
)

#: Nouns that count people; their figures get the unit "people".
PEOPLE_UNITS = frozenset(row["word"] for row in rows("en", "people_units"))

#: Words in a figure's sentence (before it or just after) that name what it
#: counts, first hit wins.
FIGURE_CONTEXT_LABELS: tuple[tuple[str, str], ...] = tuple(
    (row["cue"], row["label"]) for row in rows("en", "figure_context_labels")
)

#: The noun after a number and the label it gives, first hit wins.
FIGURE_LABELS: tuple[tuple[str, str], ...] = tuple(
    (row["cue"], row["label"]) for row in rows("en", "figure_labels")
)

#: The noun after a number and the unit its figure gets.
FIGURE_UNITS: tuple[tuple[str, str], ...] = tuple(
    (row["cue"], row["unit"]) for row in rows("en", "figure_units")
)

#: Counting words read as numbers ("four agreements", "two cities").
NUMBER_WORDS = MappingProxyType(
    {row["word"]: int(row["number"]) for row in rows("en", "number_words")}
)

#: The name a national smart-city program is recorded under.
NATIONAL_PROGRAM = "Smart City Thailand"

#: Smart-city programs: a name as news writes it, and its scope.
PROGRAMS: tuple[tuple[str, str, str], ...] = (
    # (canonical name, variant as written, scope)
    ("ASEAN Smart Cities Network", "ASEAN Smart Cities Network", "regional"),
    ("ASEAN Smart Cities Network", "ASEAN Smart City Network", "regional"),
    # As outlets that write "Asean" print it.
    ("ASEAN Smart Cities Network", "Asean Smart Cities Network", "regional"),
    ("ASEAN Smart Cities Network", "Asean Smart City Network", "regional"),
    ("ASEAN Smart Cities Network", "ASCN", "regional"),
)
