"""Reading meetings: names, dates, venues, chairs and participants."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable

import attrs

from thaidigital import reference
from thaidigital._errors import InvalidValueError
from thaidigital.dates import DateMention, MentionKind
from thaidigital.extract._deals import signed_before, signing_ends
from thaidigital.extract._drafts import (
    Free,
    MeetingDraft,
    Party,
    ReaderState,
    add,
    meeting_key,
    place_of,
)
from thaidigital.extract._names import (
    MeetingMention,
    PersonMention,
    ordinal,
)
from thaidigital.extract._pack import cue_pattern, rows
from thaidigital.extract._text import (
    HEADLINE_WORDS,
    Entity,
    Sentence,
    Token,
    covering,
    named_country,
)
from thaidigital.extract._vocabulary import (
    DEMONYMS,
    MEETING_NOUNS,
    PARTICIPANT_CUES,
    PARTICIPANT_GROUPS,
    ROLE_HEADS,
    SEVERAL_MEETINGS,
)
from thaidigital.models import (
    Country,
    DateRange,
    MeetingKind,
    MeetingStatus,
    Organization,
    PartialDate,
    Place,
)

_PLACE = re.compile(
    r"\b(?P<prep>in|at|on|to|hosted by)\s+(?:the\s+(?:[A-Za-z-]+\s+){0,3}of\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3})"
    r"(?:,\s+(?P<country>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}))?"
)

_OWNER = re.compile(r"\b(?:network['’]s|its|the network['’]s)\s+$", re.IGNORECASE)

HOST_AFTER = cue_pattern("en", "meeting_cues", "host_after", before=r"\s+")

_CAPITAL = re.compile(r"\bthe (?P<demonym>[A-Z][a-z]+) capital\b")

MEET = cue_pattern("en", "meeting_cues", "meet")

_HOST = re.compile(r"\bhost(?:s|ing|ed)?\s+(?:the\s+)?(?:next\s+)?$")
#: How far before a mention "hosted the next" may start (characters).
_HOST_REACH = 40

HELD = cue_pattern("en", "meeting_cues", "held")

_FUTURE = cue_pattern("en", "meeting_cues", "future")

_ONGOING = cue_pattern("en", "meeting_cues", "ongoing")

_NAME_YEAR = re.compile(r"[A-Z][\w-]*\s+$")

#: "… ends tomorrow, 17 January": a word that makes a date after it, in
#: the same sentence part (no full stop between), the last day.
_ENDS = cue_pattern("en", "meeting_cues", "until")

_CHAIR_BY = cue_pattern("en", "meeting_cues", "chaired_by")

# "X chaired the meeting"; "vice-chair" and "will chair" are not chairs.
_CHAIRED = re.compile(
    r"(?<![-\w])(?<!will )(?<!to )(?:chaired\b(?! by)|presided\b(?! over by| by)"
    r"|in the chair\b|tak(?:ing|es) the chair\b|took the chair\b|['’]s chairmanship\b)"
)

_BARE_NAME = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof|H\.E\.)\.?\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+){1,3})"
)


_WRITTEN_YEAR = re.compile(r"\b\d{4}\b|\b\d{2}\b(?=\s*$)")
_DURATION = re.compile(r"\b(?P<n>two|three|four|five|2|3|4|5)-day\b", re.IGNORECASE)
#: "during a meeting", "their plenary meeting": words that may bring a
#: meeting no name was given before; "a news conference" is none (the
#: window before a mention, lower case).
#: The opening word may be a possessive ("today's meeting") and one more
#: word may stand before the noun ("an extensive meeting").
_OPENING = (
    r"(?:"
    + cue_pattern("en", "meeting_cues", "opens", before="").pattern
    + r"|\w+[’']s)\s+(?:[a-z]+\s+)?\Z"
)
_OPENS = re.compile(r"(?<!\w)" + _OPENING)
_SETTING = re.compile(
    cue_pattern("en", "meeting_cues", "setting").pattern + r"\s+" + _OPENING
)
_PARTNER = re.compile(
    r"\s+" + cue_pattern("en", "meeting_cues", "partner", before="").pattern
)
_NOT_A_MEETING = re.compile(
    cue_pattern("en", "meeting_cues", "not_a_meeting").pattern + r"\s+\Z"
)
#: "agreed that a meeting should be held", "did not want a meeting":
#: within this many characters of the noun, in its clause.
_HYPOTHETICAL = cue_pattern("en", "meeting_cues", "hypothetical")
_HYPOTHETICAL_REACH = 40
_HYPOTHETICAL_AFTER = cue_pattern("en", "meeting_cues", "hypothetical_after")
_ENDED = cue_pattern("en", "meeting_cues", "ended")
_BEGAN = cue_pattern("en", "meeting_cues", "began")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


#: Two names joined by a hyphen inside a meeting's name ("India-Thailand").
#: A dash between two names in a meeting's name ("India-Thailand",
#: "United Kingdom – Thailand"), and "between A and B".
_PAIR_DASH = re.compile(r" ?[-–] ?")
_PAIR_BETWEEN = re.compile(
    r"\bbetween (?:the )?(?P<a>.{2,40}?) and (?:the )?(?P<b>.{2,40})"
)
#: The most words of a country's name on either side of the dash.
_PAIR_WORDS = 3


def _country_code(word: str) -> str | None:
    """The country a name or adjective stands for ("Thailand", "Thai")."""
    if word in DEMONYMS:
        return DEMONYMS[word]
    record = named_country(word)
    return record.code if record is not None else None


def _named_by(words: list[str]) -> str | None:
    return _country_code(" ".join(words).strip(",.;:’'()"))


def _country_opening(words: list[str]) -> str | None:
    """The country the longest run of words from the first names."""
    for size in range(len(words), 0, -1):
        if (code := _named_by(words[:size])) is not None:
            return code
    return None


def _country_ending(words: list[str]) -> str | None:
    """The country the longest run of words up to the last names."""
    for size in range(len(words), 0, -1):
        if (code := _named_by(words[-size:])) is not None:
            return code
    return None


def pair_in_name(name: str) -> tuple[str, str] | None:
    """The two countries a meeting's name pairs, if it does: "9th
    Peru-Chile Joint Commission", "Second Meeting of the Chile-Viet Nam
    Expert Group", "… Cooperation between Peru and the Lao PDR".

    >>> pair_in_name("third session of the United Kingdom-Peru Policy Dialogue")
    ('GB', 'PE')
    >>> pair_in_name("Joint Commission between China and the Lao PDR")
    ('CN', 'LA')
    >>> pair_in_name("ASEAN-Japan Commemorative Summit") is None
    True
    """
    for dash in _PAIR_DASH.finditer(name):
        a = _country_ending(name[: dash.start()].split()[-_PAIR_WORDS:])
        b = _country_opening(name[dash.end() :].split()[:_PAIR_WORDS])
        if a is not None and b is not None and a != b:
            return a, b
    between = _PAIR_BETWEEN.search(name)
    if between is not None:
        a = _named_by(between["a"].split())
        b = _country_opening(between["b"].split()[:_PAIR_WORDS])
        if a is not None and b is not None and a != b:
            return a, b
    return None


def _in_year(when: DateRange, year: int) -> DateRange:
    """The same days and months in another year."""
    try:
        end = (
            attrs.evolve(when.end, year=year)
            if when.end and when.end.month
            else when.end
        )
        return DateRange(start=attrs.evolve(when.start, year=year), end=end)
    except InvalidValueError:
        return when  # a range across New Year keeps the years it was read with


def _stretch(when: DateRange, text: str) -> DateRange:
    """ "the two-day gathering that ended on Friday": a day and a length."""
    duration = _DURATION.search(text)
    day = when.start
    if duration is None or when.end is not None or day.day is None or day.year is None:
        return when
    word = duration["n"].lower()
    days = _COUNT_WORDS.get(word) or int(word)
    step = dt.timedelta(days=days - 1)
    if _ENDED.search(text):
        return DateRange(start=PartialDate.from_date(day.earliest() - step), end=day)
    if _BEGAN.search(text):
        return DateRange(start=day, end=PartialDate.from_date(day.earliest() + step))
    return when


def _bare_name(text: str, at: int) -> PersonMention | None:
    """A plain name right after "chaired by", with no role beside it."""
    while at < len(text) and text[at].isspace():
        at += 1
    match = _BARE_NAME.match(text, at)
    if match is None or match["name"].split()[0].lower() in ROLE_HEADS:
        return None  # "chaired by Minister Rojas": a role and a surname
    name = match["name"]
    record = reference.get_officeholder(name)
    return PersonMention(match.start("name"), match.end("name"), name, None, record)


# Capitalised words that open sentences, not names.
_NOT_FIRST_NAMES = frozenset(
    {"The", "It", "This", "That", "Under", "With", "Delegates", "Representatives"}
)


_INSIDE_NAME = re.compile(r"\b(?:of|and|for|the)\s+$")


def _last_bare_name(text: str, before: int) -> PersonMention | None:
    """The last plain name before ``before`` that is not a place or a body."""
    found = None
    for match in _BARE_NAME.finditer(text, 0, before):
        name = match["name"]
        at = match.start("name")
        if _INSIDE_NAME.search(text, max(0, at - 8), at):
            continue  # "Department of Information and Communications Technology"
        if name.split()[0].lower() in ROLE_HEADS:
            # "Minister Bae": a role and a surname. The chair is someone whose
            # full name the sentence does not give, not a name before it.
            found = None
        elif (
            reference.get_venue(name) is None
            and named_country(name) is None
            and reference.get_organization(name) is None
            and name.split()[0] not in _NOT_FIRST_NAMES
        ):
            found = match
    if found is None:
        return None
    name = found["name"]
    return PersonMention(
        found.start("name"),
        found.end("name"),
        name,
        None,
        reference.get_officeholder(name),
    )


_WEEKDAY_JOIN = re.compile(r"\s*(?:to|and|through|until|till|-|–|—)\s*")


def _weekday_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "from Tuesday to Friday", "on Thursday and Friday": two weekdays read
    relative to the reference make one range ending on the second."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        first = found[i]
        second = found[i + 1] if i + 1 < len(found) else None
        if (
            second is not None
            and first.relative
            and second.relative
            and isinstance(first.value, PartialDate)
            and isinstance(second.value, PartialDate)
            and first.value.day is not None
            and second.value.day is not None
            and _WEEKDAY_JOIN.fullmatch(text[first.end : second.start])
        ):
            if first.text.lower().startswith(("last", "next", "this")):
                # "last Thursday and Friday": the first day fixes the week.
                start = first.value.earliest()
                end_day = start + dt.timedelta(
                    days=(second.value.earliest().weekday() - start.weekday()) % 7
                )
                end = end_day
            else:
                end = second.value.earliest()
                start = end - dt.timedelta(
                    days=(end.weekday() - first.value.earliest().weekday()) % 7
                )
            if start < end:
                value = DateRange(
                    start=PartialDate.from_date(start), end=PartialDate.from_date(end)
                )
                out.append(
                    attrs.evolve(
                        first,
                        end=second.end,
                        text=text[first.start : second.end],
                        value=value,
                        kind=MentionKind.RANGE,
                    )
                )
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _meeting(
    state: ReaderState, mention: MeetingMention, s: Sentence
) -> MeetingDraft | None:
    """The draft of the meeting a mention names, made if it is new. A
    headline (read last, unless a pointer in the body asks for the meeting
    it names first) adds a meeting the body does not name only when it
    names one precisely (a number, a year, a long name), or when there is
    no body: "A short guide to ASEAN's digital ministers' meeting" over an
    explainer reports no meeting."""
    mention = _network_meeting(state, mention, s)
    key = meeting_key(mention)
    draft = (
        state.meetings.get(state.meeting_aliases.get(key, key))
        or _named_later(state, mention, s, key)
        or _longer_name(state, mention)
        or _same_subject(state, mention, s)
        or _same_numbered(state, mention)
        or _the_articles_own(state, mention)
    )
    if (
        draft is None
        and mention.text.rsplit(maxsplit=1)[-1].lower() in SEVERAL_MEETINGS
        and not _specific(mention)
    ):
        return None  # "consultations … including Foreign Ministers' meetings"
    if (
        draft is None
        and s.block < 0
        and state.article.blocks
        # A "title" of a sentence's length is a lead the parser took for
        # want of a headline; it reports like the body.
        and len(s.text.split()) <= HEADLINE_WORDS
        and not _specific(mention)
    ):
        return None
    if draft is None:
        draft = MeetingDraft(
            key=key,
            name=mention.text,
            kind=mention.kind,
            series=mention.series,
            ordinal=mention.ordinal,
            year=mention.year,
        )
        draft.evidence.append(state.ev(s, mention.start, mention.end, "name"))
        if mention.series:
            draft.evidence.append(state.ev(s, mention.start, mention.end, "series"))
        if mention.ordinal:
            draft.evidence.append(state.ev(s, mention.start, mention.end, "ordinal"))
        _named_pair(state, draft, mention, s)
        state.meetings[key] = draft
    if mention.acronym and not mention.generic:
        state.meeting_acronyms.setdefault(mention.acronym, draft.key)
    return draft


def _named_later(
    state: ReaderState, mention: MeetingMention, s: Sentence, key: str
) -> MeetingDraft | None:
    """The meeting the story brought without a name, named in a later
    sentence of its paragraph or the next ("… during a meeting on 6-7 June
    in Bangkok. Representatives took part in the ASCN Roundtable Meeting
    …"): the name is that meeting's, when nothing tells them apart (it is
    still in focus, of no other kind, and both are past or both to come)."""
    if state.unnamed is None:
        return None
    draft, first = state.unnamed
    if (
        mention.generic
        or mention.upcoming
        or mention.visit
        or draft is not state.focus
        or not 0 <= s.block - first.block <= 1
        or (s.block, s.offset) == (first.block, first.offset)
        or draft.kind not in (MeetingKind.OTHER, mention.kind)
        or (draft.status is MeetingStatus.PLANNED) != state.says(s, _FUTURE)
    ):
        return None
    state.unnamed = None
    state.meeting_aliases[key] = draft.key
    draft.name = mention.text
    draft.kind = mention.kind
    draft.series = mention.series
    draft.ordinal = mention.ordinal
    draft.year = mention.year
    draft.evidence = [e for e in draft.evidence if e.field != "name"]
    draft.evidence.append(state.ev(s, mention.start, mention.end, "name"))
    for field, value in (("series", mention.series), ("ordinal", mention.ordinal)):
        if value:
            draft.evidence.append(state.ev(s, mention.start, mention.end, field))
    _named_pair(state, draft, mention, s)
    return draft


def _specific(mention: MeetingMention) -> bool:
    """Whether a mention names one meeting, not a kind of meeting: a number,
    a year or a name of five words or more."""
    return (
        mention.ordinal is not None
        or mention.year is not None
        or len(mention.text.split()) >= _SPECIFIC_WORDS
    )


#: How many words make a meeting's name specific without a number or year.
_SPECIFIC_WORDS = 5


def _the_articles_own(
    state: ReaderState, mention: MeetingMention
) -> MeetingDraft | None:
    """The article's own numbered meeting, named again by its series alone:
    "first face-to-face ASEAN digital ministers' meeting" in the headline of
    a report on the 3rd ADGMIN."""
    main = state.main
    if (
        main is not None
        and mention.series is not None
        and mention.ordinal is None
        and not mention.upcoming
        and main.series == mention.series
    ):
        return main
    return None


def _numbered_like(m: MeetingMention, other: MeetingDraft | None) -> MeetingMention:
    """A numbered pointer as a meeting of its own; of the series of the
    meeting in focus when it names that one's kind of sitting ("the fifth
    annual meeting" after "the fourth annual meeting of the ASCN")."""
    m = attrs.evolve(m, generic=False)
    words = m.text.split(maxsplit=1)
    if (
        other is None
        or other.series is None
        or len(words) < 2
        or words[1].lower() not in other.name.lower()
    ):
        return m
    return attrs.evolve(m, series=other.series, kind=other.kind)


def _pointed_at(state: ReaderState, m: MeetingMention) -> MeetingDraft | None:
    """The meeting a pointer names: the one in focus, unless the pointer
    says a kind ("the ministerial meeting") that the latest meeting of that
    kind has and the focus has not."""
    focus = state.focus
    if m.kind is MeetingKind.OTHER or focus is None or focus.kind is m.kind:
        return focus
    return next(
        (d for d in reversed(state.meetings.values()) if d.kind is m.kind), focus
    )


def _words(name: str) -> list[str]:
    return [reference.fold_name(w) for w in name.split()]


def _name_words(name: str) -> set[str]:
    """The capitalised words of a meeting's name but its nouns and number."""
    return {
        reference.fold_name(w)
        for w in name.split()
        if w[:1].isupper() and w.lower() not in MEETING_NOUNS and ordinal(w) is None
    }


def _same_numbered(state: ReaderState, mention: MeetingMention) -> MeetingDraft | None:
    """A numbered meeting read before under another wording of its name,
    named now without a known series: "the 22nd Joint Commission on
    Bilateral Cooperation" and "the 22nd Meeting of the Joint Commission on
    …" (the same number and two name words or more in common). One read
    before with a series ("… (JCBC)", "ADGMIN") must have every name word
    of this one, spelt alike or one letter apart: "the 3rd ASEAN Energy
    Ministers' Meeting" is not the 3rd ADGMIN. A number and a noun alone
    ("hold first meeting under new name") name the one of that number."""
    if mention.ordinal is None or mention.series is not None:
        return None
    mine = _name_words(mention.text)
    for d in state.meetings.values():
        if d.ordinal != mention.ordinal:
            continue
        theirs = _name_words(d.name)
        if d.series is None and len(mine & theirs) >= min(2, len(mine)):
            return d
        if d.series is not None and all(
            any(_spelt_alike(w, t) for t in theirs) for w in mine
        ):
            return d
    return None


def _spelt_alike(one: str, other: str) -> bool:
    """Whether two words are one, or one letter apart ("Bilateral" and a
    page's "Bilteral").

    >>> _spelt_alike("bilateral", "bilteral"), _spelt_alike("energy", "digital")
    (True, False)
    """
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    if len(long) - len(short) != 1 or len(short) < 5:
        return False
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _longer_name(state: ReaderState, mention: MeetingMention) -> MeetingDraft | None:
    """A meeting named before in full that this shorter name shortens:
    "Smart City Expo" after "Smart City Expo Kuala Lumpur 2025", "the Andes
    summit" after "the Andes Cloud Summit Lima 2026" (its words, in
    order, and the same kind)."""
    if mention.ordinal is not None or mention.series is not None:
        return None
    short = _words(mention.text)
    if len(short) < 2:
        return None
    for d in state.meetings.values():
        if d.kind is not mention.kind:
            continue
        long = _words(d.name)
        remaining = iter(long)
        if len(long) > len(short) and all(w in remaining for w in short):
            return d
    return None


def _subject_of(name: str) -> str | None:
    """What a meeting's name says it is on ("… Meeting on ICT Cooperation"),
    folded, when that is two words or more."""
    _, on, subject = name.partition(" on ")
    return reference.fold_name(subject) if on and len(subject.split()) >= 2 else None


def _same_subject(
    state: ReaderState, mention: MeetingMention, s: Sentence
) -> MeetingDraft | None:
    """The meeting a headline names under another name on the same subject:
    "The Japan-ASEAN Bilateral Meeting on ICT Cooperation" over a story of
    "the Informal Meeting on ICT Cooperation" (neither numbered)."""
    if s.block >= 0 or mention.ordinal is not None:
        return None
    subject = _subject_of(mention.text)
    if subject is None:
        return None
    return next(
        (
            d
            for d in state.meetings.values()
            if d.ordinal is None and _subject_of(d.name) == subject
        ),
        None,
    )


def meeting_by_acronym(state: ReaderState, words: list[Token]) -> MeetingDraft | None:
    """A meeting the sentence names only by the acronym the article
    defined for it: "SCEKL2025 will be held from …"."""
    for w in words:
        key = state.meeting_acronyms.get(w.text)
        # A meeting may have been dropped since its acronym was read.
        found = state.meetings.get(key) if key is not None else None
        if found is not None:
            return found
    return None


#: Kinds a meeting of two countries' sides is bilateral rather than: the
#: kinds of sitting its name gave ("held a summit", "the ministerial
#: meeting"), not the kinds of event (a forum, an expo, a conference).
TWO_SIDED = frozenset({MeetingKind.SUMMIT, MeetingKind.MINISTERIAL, MeetingKind.OTHER})


def two_sided(state: ReaderState) -> None:
    """A meeting of no known series whose participants are two countries is
    bilateral: "Moon and Prayut held a summit", "the STEER ministerial
    meeting" of Singapore and Thailand (the label conventions: leaders' or
    ministers' talks of two countries are bilateral)."""
    for draft in state.meetings.values():
        if (
            draft.kind in TWO_SIDED
            and draft.series is None
            and len(draft.participants) == 2
            and all(isinstance(p, Country) for p in draft.participants)
        ):
            draft.kind = MeetingKind.BILATERAL


def meeting_tense(state: ReaderState) -> None:
    """A meeting whose status no words set takes it from its dates and
    the article's: all after the article's date, it is planned; going on
    over it, it is ongoing. The dates' evidence supports the status."""
    today = state.reference_date
    if today is None:
        return
    for draft in state.meetings.values():
        when = draft.when
        if (
            when is None
            or draft.status is not MeetingStatus.HELD
            or not when.start.has_year
            or any(e.field == "status" for e in draft.evidence)
        ):
            continue
        if when.earliest() > today:
            status = MeetingStatus.PLANNED
        elif (
            when.earliest() < when.latest() and when.earliest() <= today < when.latest()
        ):
            status = MeetingStatus.ONGOING
        else:
            continue
        draft.status = status
        draft.evidence.extend(
            attrs.evolve(e, field="status") for e in draft.evidence if e.field == "when"
        )


def _named_pair(
    state: ReaderState, draft: MeetingDraft, mention: MeetingMention, s: Sentence
) -> None:
    """ "the 9th India-Thailand Joint Commission Meeting": two countries in
    the name are its participants, and it is bilateral."""
    pair = pair_in_name(mention.text)
    if pair is None:
        return
    codes = list(pair)
    if draft.kind is MeetingKind.OTHER:
        draft.kind = MeetingKind.BILATERAL
    for code in codes:
        if code is not None and add(draft.participants, Country(code=code)):
            draft.evidence.append(
                state.ev(s, mention.start, mention.end, "participants")
            )


def _network_meeting(
    state: ReaderState, m: MeetingMention, s: Sentence
) -> MeetingMention:
    """ "the network's sixth annual meeting": a numbered meeting of the
    program the article is about takes that program's series."""
    if m.series or m.ordinal is None or state.program_focus is None:
        return m
    if not _OWNER.search(s.text[max(0, m.start - 24) : m.start]):
        return m
    series = reference.get_meeting_series(state.program_focus.name + " Meeting")
    if series is None:
        return m
    return attrs.evolve(m, series=series.key, kind=MeetingKind.NETWORK_MEETING)


def meeting_mentions(
    state: ReaderState, mentions: list[MeetingMention], s: Sentence
) -> tuple[list[MeetingDraft], MeetingDraft | None]:
    """The meetings a sentence speaks of, and the announced next one."""
    subjects: list[MeetingDraft] = []
    upcoming: MeetingDraft | None = None
    for m in mentions:
        if m.upcoming:
            upcoming = _next_meeting(state, m, s)
            subjects.append(upcoming)
            continue
        generic = m.generic
        draft = _pointed_at(state, m) if generic else _meeting(state, m, s)
        if (
            generic
            and m.ordinal is not None
            and (draft is None or draft.ordinal not in (None, m.ordinal))
        ):
            # "attend the seventh annual consultation between the two
            # governments": a numbered sitting with none before it to be;
            # "the fifth annual meeting" after the fourth is the fifth.
            generic = False
            draft = next(
                (d for d in state.meetings.values() if d.ordinal == m.ordinal),
                None,
            ) or _meeting(state, _numbered_like(m, draft), s)
        if draft is None and generic and s.block >= 0 and state.headline:
            # "The meeting took note of …" under a headline that names it.
            draft = _meeting(state, state.headline[0][1], state.headline[0][0])
        if draft is None and generic and _brings_one(state, s, m):
            # "During a meeting with …": the first meeting the story tells
            # of, no name to point back at.
            generic = False
            draft = _meeting(state, attrs.evolve(m, generic=False), s)
            if draft is not None:
                state.unnamed = (draft, s)
                for place in m.places:  # "a meeting in Lima"
                    _set_place(
                        state, draft, place_of(place), s, (place.start, place.end)
                    )
        if draft is None:
            continue
        subjects.append(draft)
        if generic:
            state.focus = draft  # "the ministerial meeting" points back at it
            for place in m.places:
                _set_place(state, draft, place_of(place), s, (place.start, place.end))
        else:
            if m.destination is not None:
                _visit_destination(state, draft, m.destination, s)
            if state.focus is None or draft.kind is not MeetingKind.EXPO:
                state.focus = draft
            main_key = state.meeting_aliases.get(state.main_key or "", state.main_key)
            if state.main is None and draft.key == main_key:
                state.main = draft
        if draft.status is MeetingStatus.HELD and (generic or m is mentions[-1]):
            if state.says(s, _ONGOING):
                draft.status = MeetingStatus.ONGOING
                draft.evidence.append(state.ev(s, m.start, m.end, "status"))
            elif state.says(s, _FUTURE) and not generic:
                draft.status = MeetingStatus.PLANNED
                draft.evidence.append(state.ev(s, m.start, m.end, "status"))
    return subjects, upcoming


def _brings_one(state: ReaderState, s: Sentence, m: MeetingMention) -> bool:
    """Whether a pointer with nothing to point at is a meeting of its own:
    in the story, not its headline, after a determiner, no news conference,
    and told as something that happened: a setting ("during a meeting",
    "attending their plenary meeting"), who met ("a meeting with"), or a
    date or a held cue in the sentence. "A meeting would be useful" is none."""
    before = s.text[max(0, m.start - 24) : m.start].lower()
    clause = s.text[max(0, m.start - _HYPOTHETICAL_REACH) : m.start]
    clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1 :]
    after = s.text[m.end : m.end + _HYPOTHETICAL_REACH]
    if (
        s.block < 0
        or _OPENS.search(before) is None
        or _NOT_A_MEETING.search(before) is not None
        or _HYPOTHETICAL.search(clause) is not None
        or _HYPOTHETICAL_AFTER.match(after.lstrip()) is not None
    ):
        return False
    return (
        _SETTING.search(before) is not None
        or _PARTNER.match(s.text, m.end) is not None
        or state.says(s, HELD)
        or bool(state.dates(s))
    )


def _visit_destination(
    state: ReaderState, draft: MeetingDraft, place: Entity, s: Sentence
) -> None:
    """ "a visit to Thailand": the visit took place there, and the host
    country is one of its two sides."""
    span = (place.start, place.end)
    _set_place(state, draft, place_of(place), s, span)
    code = draft.place.country if draft.place is not None else None
    if code and add(draft.participants, Country(code=code)):
        draft.evidence.append(state.ev(s, *span, "participants"))


def _next_meeting(state: ReaderState, m: MeetingMention, s: Sentence) -> MeetingDraft:
    # "the next meeting" follows the article's own numbered meeting, not
    # whichever meeting was named last ("the 19th TELMIN").
    base = state.main or state.focus
    key = f"next|{base.key if base else ''}"
    draft = state.meetings.get(key)
    if draft is None:
        draft = MeetingDraft(
            key=key,
            name=m.text if m.text.lower() != "meeting" else "next meeting",
            kind=base.kind if base else m.kind,
            status=MeetingStatus.PLANNED,
            series=base.series if base else None,
            ordinal=base.ordinal + 1 if base and base.ordinal else None,
        )
        start = s.text.lower().rfind("next", 0, m.end)
        draft.name = s.text[start : m.end] if start >= 0 else m.text
        draft.evidence.append(state.ev(s, max(start, 0), m.end, "name"))
        draft.evidence.append(state.ev(s, max(start, 0), m.end, "status"))
        state.meetings[key] = draft
    return draft


def meeting_chair(
    state: ReaderState,
    draft: MeetingDraft,
    s: Sentence,
    persons: list[PersonMention],
    found: list[Entity],
) -> None:
    text = s.text
    passive = _CHAIR_BY.search(text)
    active = _CHAIRED.search(text)
    chair: PersonMention | None = None
    if passive is not None:
        chair = next((p for p in persons if p.start >= passive.end()), None)
    elif active is not None:
        before = [p for p in persons if p.end <= active.start()]
        before += [
            PersonMention(e.start, e.end, e.text, None, e.person)
            for e in found
            if e.person is not None and e.end <= active.start()
        ]
        chair = max(before, key=lambda p: p.end) if before else None
    if chair is None and passive is not None:
        chair = _bare_name(text, passive.end())
    if chair is None and active is not None:
        chair = _known_surname(state, text, active.start())
    if chair is None and active is not None:
        # "with Ivan John E. Uy of the Philippines' DICT in the chair"
        chair = _last_bare_name(text, active.start())
    if chair is None:
        return
    name = chair.record.name if chair.record else chair.name
    if name not in state.people:
        state._person(chair.name, None, chair.record)
    draft.chair = state.people[name]
    draft.evidence.append(state.ev(s, chair.start, chair.end, "chair"))


def _known_surname(state: ReaderState, text: str, before: int) -> PersonMention | None:
    """ "Uy chaired the meeting": a person named in full earlier."""
    words = text[:before].split()
    if not words:
        return None
    last = words[-1].strip(",")
    for person in state.people.values():
        parts = (person.as_written or person.name).split()
        if len(parts) > 1 and last == parts[-1]:
            start = text.rfind(last, 0, before)
            return PersonMention(start, start + len(last), person.name, None, None)
    return None


@functools.cache
def _date_blockers() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("en", "not_meeting_dates"))


def not_of_the_event(text: str, at: int) -> bool:
    """Whether the word before a date makes it a deadline or another event's
    ("by December 22", "since 2011"), not when the meeting meets."""
    before = text[max(0, at - 12) : at].split()
    return bool(before) and before[-1].lower() in _date_blockers()


def _after_a_word(text: str, words: re.Pattern[str]) -> Callable[[int], bool]:
    """A test of whether one of ``words`` comes before a position with no
    full stop between, each asked in logarithmic time."""
    ends = [m.end() for m in words.finditer(text)]
    stops = [i for i, c in enumerate(text) if c == "."]

    def after(at: int) -> bool:
        k = bisect.bisect_right(ends, at) - 1
        if k < 0:
            return False
        stop = bisect.bisect_left(stops, ends[k])
        return stop == len(stops) or stops[stop] >= at

    return after


def meeting_dates(
    state: ReaderState, draft: MeetingDraft, s: Sentence, names: list[tuple[int, int]]
) -> None:
    """The meeting's dates: a stated range beats a single day, and a
    written date beats a relative one ("today", "on Friday")."""
    signing = signing_ends(s.text)
    in_a_name = covering(names)
    ends_before = _after_a_word(s.text, _ENDS)
    for found in _weekday_ranges(s.text, state.dates(s)):
        # A year in a name ("Expo 2023", "Report (2023-2024)") is not
        # when the meeting met.
        signed = signed_before(signing, found.start)
        if (
            found.kind is MentionKind.DOCUMENT_PERIOD
            or not_of_the_event(s.text, found.start)
            # "signed two MoUs on October 18 during the … meeting": the
            # signing's day, unless the meeting is named in between.
            or (
                signed is not None
                and not any(signed <= a < found.start for a, _ in names)
            )
            or in_a_name(found.start)
            or (
                _NAME_YEAR.search(s.text[max(0, found.start - 30) : found.start])
                and found.text.isdigit()
            )
        ):
            continue
        value = found.value
        if (
            isinstance(value, DateRange)
            and value.end is not None
            and value.start.month is None
            and value.start.year != value.end.year
        ):
            continue  # "between 2022 and 2026": a plan's period, not a meeting's
        single = value if isinstance(value, PartialDate) else None
        first_day = value if isinstance(value, PartialDate) else value.start
        if (
            found.relative
            and first_day.day is None
            and draft.status is MeetingStatus.HELD
        ):
            continue  # "next year" in a report of a past meeting
        if (
            single is not None
            and draft.when is not None
            and draft.when.end is None
            and ends_before(found.start)
        ):
            # "opened today … ends tomorrow, 17 January"
            try:
                draft.when = DateRange(start=draft.when.start, end=single)
            except InvalidValueError:
                continue
            draft.when_rank = (True, True)  # a span the text states end to end
            draft.evidence.append(state.ev(s, found.start, found.end, "when"))
            continue
        rank = (isinstance(value, DateRange), not found.relative)
        if draft.when is not None and rank <= draft.when_rank:
            continue
        when = value if isinstance(value, DateRange) else DateRange(start=value)
        known = _known_year(state, draft, when)
        if known is not None and not _WRITTEN_YEAR.search(found.text):
            # The text gave no year: the reference data's, for a known
            # numbered meeting, beats the one nearest the article's date.
            when = _in_year(when, known)
        draft.when = _stretch(_with_year(state, draft, when), s.text)
        draft.when_rank = rank
        draft.evidence.append(state.ev(s, found.start, found.end, "when"))


def _known_year(state: ReaderState, draft: MeetingDraft, when: DateRange) -> int | None:
    """The year of a numbered meeting the reference data knows, when the
    month the text gives agrees with it."""
    if not (draft.series and draft.ordinal and when.start.month):
        return None
    known = reference.get_meeting(draft.series, draft.ordinal)
    if (
        known is None
        or not known.start
        or known.start[5:7] != f"{when.start.month:02d}"
    ):
        return None
    return known.year


def _with_year(state: ReaderState, draft: MeetingDraft, when: DateRange) -> DateRange:
    if when.start.year is not None:
        return when
    year = draft.year or _known_year(state, draft, when)
    if year is None:
        return when
    try:
        end = when.end.with_year(year) if when.end else None
        return DateRange(start=when.start.with_year(year), end=end)
    except InvalidValueError:
        return when


def same_venue(
    state: ReaderState,
    mentions: list[MeetingMention],
    s: Sentence,
    inner: MeetingDraft | None,
) -> None:
    """ "their meeting at the Japan-ASEAN special summit": one venue for both."""
    for first, second in itertools.pairwise(mentions):
        if (
            first.generic
            and not second.generic
            and re.fullmatch(r"\s+at\s+(?:the\s+)?", s.text[first.end : second.start])
        ):
            outer = _meeting(state, second, s)
            if (
                inner is not None
                and outer is not None
                and inner is not outer
                and inner.place is not None
                and outer.place is None
            ):
                _set_place(state, outer, inner.place, s, (second.start, second.end))


def meeting_host(
    state: ReaderState, m: MeetingMention, s: Sentence, found: list[Entity], free: Free
) -> None:
    """ "Viet Nam will host the next meeting": the host is where it meets."""
    if _HOST.search(s.text, max(0, m.start - _HOST_REACH), m.start) is None:
        return
    base = state.main or state.focus
    draft = state.meetings.get(f"next|{base.key}") if m.upcoming and base else None
    if draft is None and not m.generic and not m.upcoming:
        draft = _meeting(state, m, s)
    if draft is None:
        return
    hosts = [
        e for e in found if e.is_place and e.end <= m.start and free(e.start, e.end)
    ]
    if hosts:
        _set_place(
            state, draft, place_of(hosts[-1]), s, (hosts[-1].start, hosts[-1].end)
        )


def _set_place(
    state: ReaderState,
    draft: MeetingDraft,
    place: Place,
    s: Sentence,
    span: tuple[int, int],
) -> None:
    start, end = span
    current = draft.place
    if (
        current is not None
        and _only_a_country(current)
        and place.country == current.country
        and named_country(place.name) is None
    ):
        # A city in the country already known is more precise.
        draft.place = None
    state.venues.append((start, end))
    if draft.place is None:
        draft.place = place
        draft.evidence.append(state.ev(s, start, end, "place"))


def _only_a_country(place: Place) -> bool:
    """Whether a place is a whole country ("Malaysia"), which a city of that
    country said later makes more precise."""
    return place.province is None and named_country(place.name) is not None


def meeting_places(
    state: ReaderState,
    draft: MeetingDraft,
    s: Sentence,
    found: list[Entity],
    free: Free,
) -> None:
    if draft.place is not None and not _only_a_country(draft.place):
        return  # a city is known; a country may still give way to its city
    for e in found:
        # "Kuala Lumpur played host", "… served as the host city"
        if e.is_place and free(e.start, e.end) and HOST_AFTER.match(s.text, e.end):
            _set_place(state, draft, place_of(e), s, (e.start, e.end))
            return
    capital = _CAPITAL.search(s.text)
    if capital is not None:
        # "in the Thai capital": the capital of the country named.
        code = DEMONYMS.get(capital["demonym"])
        city = reference.get_capital(code) if code else None
        if city is not None:
            place = Place(name=city.name, province=city.province, country=city.country)
            _set_place(state, draft, place, s, capital.span())
            return
    for match in _PLACE.finditer(s.text):
        name, start = match["name"], match.start("name")
        after = s.text[match.end("name") : match.end("name") + 30].lower()
        if re.match(
            r"\s+(?:digital|declaration|summit|meeting|expo|forum|smart|guide|action)",
            after,
        ):
            continue
        if not free(start, match.end("name")):
            continue
        entity = next((e for e in found if e.start == start and e.is_place), None)
        # "Bali, Indonesia": the country after the comma, if it is one.
        code = next(
            (
                e.country.code
                for e in found
                if match["country"] and e.start == match.start("country") and e.country
            ),
            None,
        )
        if (
            entity is not None
            and entity.country is not None
            and not (entity.city or entity.province)
            and match["prep"] in ("on", "to")
        ):
            continue  # "talks on Thailand's …", "a visit to Japan" is no venue
        if entity is not None:
            place = place_of(entity)
            if code is not None and place.country is None:
                place = attrs.evolve(place, country=code)
        elif code is not None and reference.get_organization(name) is None:
            place = Place(name=name, country=code)
        elif (
            draft.kind is MeetingKind.BILATERAL
            and " " not in name
            and name not in DEMONYMS  # "in Thai infrastructure projects"
            and match["prep"] in ("in", "at")
            and reference.get_organization(name) is None
            and not any(e.start == start and e.person for e in found)
        ):
            place = Place(name=name)
        else:
            continue
        end = match.end("country") if code is not None else match.end("name")
        _set_place(state, draft, place, s, (start, end))
        return


def meeting_participants(
    state: ReaderState,
    draft: MeetingDraft,
    s: Sentence,
    found: list[Entity],
    free: Free,
) -> None:
    lowered = s.text.lower()
    cue = min((lowered.find(c) for c in PARTICIPANT_CUES if c in lowered), default=0)
    for phrase, name in PARTICIPANT_GROUPS:
        at = lowered.find(phrase)
        also_asean = phrase == "member states" and "asean member states" in lowered
        if (
            at >= 0
            and not also_asean
            and add(draft.participants, Organization(name=name))
        ):
            draft.evidence.append(state.ev(s, at, at + len(phrase), "participants"))
    for e in found:
        if e.start < cue - 60 or not free(e.start, e.end):
            continue
        party: Party | None = None
        if e.country is not None:
            party = Country(code=e.country.code)
        elif e.organization is not None and e.organization.key != "ASEAN":
            o = e.organization
            party = Organization(name=o.name, acronym=o.acronym, country=o.country)
        if party is not None and add(draft.participants, party):
            draft.evidence.append(state.ev(s, e.start, e.end, "participants"))
