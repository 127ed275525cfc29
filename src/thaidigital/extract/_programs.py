"""Reading smart-city programs: members, counts, figures and pillars."""

from __future__ import annotations

import functools
import re

import attrs

from thaidigital import reference
from thaidigital.extract._drafts import (
    Free,
    ProgramDraft,
    ReaderState,
    add,
    place_of,
)
from thaidigital.extract._meetings import (
    HOST_AFTER,
)
from thaidigital.extract._pack import rows
from thaidigital.extract._quantities import find_numbers
from thaidigital.extract._text import (
    Entity,
    Sentence,
)
from thaidigital.extract._vocabulary import (
    FIGURE_CONTEXT_LABELS,
    FIGURE_LABELS,
    FIGURE_UNITS,
    NATIONAL_PROGRAM,
    PROGRAMS,
)
from thaidigital.models import (
    Figure,
    Membership,
    MembershipStatus,
    Place,
    ProgramScope,
)

# Figures that count places, and so can be proposed ("six additional regions").
_PROPOSABLE = frozenset({"areas", "provinces", "cities"})

_MET_IN = re.compile(
    r"\b(?:met|meet|meets|meeting|held|gathered|took place|convened)\s+(?:in|on|at)\s+(?:the\s+)?$"
)

# "bring the total to 29", "now 31 strong", "had grown to 34 cities".
_COUNT_AFTER = re.compile(
    r"\b(?:(?:total|count|membership|tally)\s+(?:to|of)|now|(?:grown|grew|expanded|risen|rose|"
    r"increased|climbed|reached|counted|counts|numbered|numbers)(?:\s+to)?)\s+"
    r"(?P<after>\d{1,3})(?:\s+(?:strong|cities|members|member cities))\b"
    r"|\btotal\s+to\s+(?P<total>\d{1,3})\b"
)

_COUNT_BEFORE = re.compile(r"\bup from (?P<before>\d{1,3})\b")

_COUNTS = re.compile(
    r"\bfrom\s+(?P<before>\d+)\s+(?:\w+\s+)?to\s+(?:a\s+total\s+of\s+)?(?P<after>\d+)\b"
)

_JOIN = re.compile(
    r"\b(?:join|joins|joined|joining|newly|now members|new members|admitted|admission|"
    r"additional|added|newcomers?)\b",
    re.I,
)

_PROPOSE = re.compile(
    r"\b(?:plans? to turn|proposed|nominated|candidates?|to become|shortlisted|put forward)\b",
    re.I,
)

_SMART = re.compile(r"\bsmart[ -]?cit(?:y|ies)\b", re.I)

_NATIONAL = re.compile(
    r"\b(?:the\s+)?(?P<name>(?:national|nationwide|Thailand['’]s|Thai)\s+smart[ -]city\s+"
    r"(?:development\s+)?(?:plan|blueprint|programme|program|initiative|project|masterplan|master plan|strategy)"
    r"|Smart City Thailand)\b",
    re.I,
)

#: "smart city" or "smart cities", where a certification cue may name the
#: national programme without its name.
_SMART_CITY = re.compile(r"\b(?P<name>smart[ -]cit(?:y|ies))\b", re.IGNORECASE)

#: An article about Thailand: only there is a certification the national one.
_THAI = re.compile(r"\b(?:Thailand|Thai|depa|DEPA|Depa)\b")


@functools.cache
def _certification_cues() -> re.Pattern[str]:
    stems = [row["stem"] for row in rows("en", "national_program_cues")]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + r")", re.IGNORECASE)


def _certified(text: str) -> re.Match[str] | None:
    """ "granted a new smart city symbol to …", "four smart cities designated
    under its scheme": the national programme at work, unnamed. The match is
    the words "smart city"."""
    smart = _SMART_CITY.search(text)
    if smart is None or _certification_cues().search(text) is None:
        return None
    return smart


_IN_PROVINCE = re.compile(
    r"(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+in\s+(?:the\s+)?"
    r"(?:(?:Eastern|Western|Northern|Southern|Central|Northeastern|North|South|East|West)\s+)?"
    r"(?P<province>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)"
)

_MEMBER = re.compile(
    r"\b(?:members?|pilot cities|original|cities in the network|from the start|"
    r"belong(?:s|ed)? to)\b",
    re.I,
)

_EARLIER = re.compile(
    r"\b(?:last year|years? ago|in (?:19|20)\d\d|earlier|previously|already|"
    r"from the start|original|since (?:its|the) (?:\w+ )?(?:launch|start|began|beginning|inception)|"
    r"since (?:19|20)\d\d|members since|"
    r"belong(?:s|ed)? to)\b",
    re.I,
)

_CLAUSE_END = re.compile(r"[:;]|,\s+(?:and|while|but)\s|\.\s")


def _clause_standing(text: str, at: int) -> MembershipStatus | None:
    """ "X joined" (newly) or "X is a member", read from the clause around ``at``.

    A place named early in a list ("Sumedang, a regency in Indonesia, and
    Sihanoukville have joined") takes the verb that ends the list.
    """
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    stop = _CLAUSE_END.search(text, at)
    clause = text[start : stop.start() if stop else len(text)]
    for scope in (clause, text[start:]):
        if _JOIN.search(scope):
            earlier = _EARLIER.search(scope)
            return MembershipStatus.MEMBER if earlier else MembershipStatus.JOINED
        if _MEMBER.search(scope):
            return MembershipStatus.MEMBER
    return None


def national_program(
    state: ReaderState, all_sentences: list[Sentence]
) -> ProgramDraft | None:
    thai = any(_THAI.search(s.text) for s in all_sentences)
    for s in all_sentences:
        match = _NATIONAL.search(s.text) or (_certified(s.text) if thai else None)
        if match:
            draft = ProgramDraft(
                key="national", name=NATIONAL_PROGRAM, scope=ProgramScope.NATIONAL
            )
            draft.evidence.append(
                state.ev(s, match.start("name"), match.end("name"), "name")
            )
            state.programs["national"] = draft
            return draft
    return None


@functools.cache
def _local_program() -> re.Pattern[str]:
    nouns = "|".join(
        re.escape(row["word"]) for row in rows("en", "local_program_nouns")
    )
    return re.compile(r"\s+(?P<smart>Smart[ -]City)\s+(?:" + nouns + r")\b")


def _local_programs(state: ReaderState, s: Sentence, found: list[Entity]) -> None:
    """ "the Phuket Smart City project": a city's own programme, named for
    the place, which is its member."""
    for e in found:
        if not e.is_place or (e.country is not None and e.province is None):
            continue  # a country's programme is national, not a city's
        named = _local_program().match(s.text, e.end)
        if named is None:
            continue
        name = f"{e.text} {named['smart']}"
        key = "local|" + reference.fold_name(name)
        if key in state.programs:
            continue
        draft = ProgramDraft(key=key, name=name, scope=ProgramScope.LOCAL)
        draft.evidence.append(state.ev(s, e.start, named.end("smart"), "name"))
        draft.members.append(
            Membership(place=place_of(e), status=MembershipStatus.MEMBER)
        )
        draft.evidence.append(state.ev(s, e.start, e.end, "members"))
        state.programs[key] = draft


def read_programs(
    state: ReaderState,
    s: Sentence,
    found: list[Entity],
    free: Free,
    national: ProgramDraft | None,
) -> None:
    text = s.text
    _local_programs(state, s, found)
    regional = None
    for canonical, variant, scope in PROGRAMS:
        at = text.find(variant)
        if at >= 0:
            regional = state.programs.get(canonical)
            if regional is None:
                regional = ProgramDraft(
                    key=canonical, name=canonical, scope=ProgramScope(scope)
                )
                regional.evidence.append(state.ev(s, at, at + len(variant), "name"))
                state.programs[canonical] = regional
            break
    if regional is not None:
        state.program_focus = regional
    elif national is not None and (_SMART.search(text) or _NATIONAL.search(text)):
        state.program_focus = national
    target = state.program_focus
    if target is None:
        return
    state.proposing_now = (
        bool(_PROPOSE.search(text)) and target.scope is ProgramScope.NATIONAL
    )
    if state.proposing_now:
        state.proposing = 2
    counts = _COUNTS.search(text)
    if counts and target.before is None:
        target.before, target.after = int(counts["before"]), int(counts["after"])
        target.evidence.append(
            state.ev(s, counts.start(), counts.end(), "member_count_before")
        )
        target.evidence.append(
            state.ev(s, counts.start(), counts.end(), "member_count_after")
        )
    elif target.scope is ProgramScope.REGIONAL and target.after is None:
        _count_after(state, target, s)
    if state.proposing:
        state.proposing -= 1
        _members(state, target, s, found, free, status=MembershipStatus.PROPOSED)
    elif target.scope is ProgramScope.REGIONAL and (
        _JOIN.search(text) or _MEMBER.search(text)
    ):
        _members(state, target, s, found, free, status=None)
    for item, start, end in _listed_pillars(text):
        if add(target.pillars, item):
            target.evidence.append(state.ev(s, start, end, "pillars"))
    for e in found:
        if (
            e.dimension is not None
            # "Smart Economy" is the pillar; a bare "Economy" may be part of
            # another name.
            and (" " in e.text or not _inside_a_name(text, e.start, e.end))
            and add(target.pillars, e.text)
        ):
            target.evidence.append(state.ev(s, e.start, e.end, "pillars"))
    _figures(state, target, s, counts)


@functools.cache
def _pillar_list() -> re.Pattern[str]:
    cues = sorted(
        (r["phrase"] for r in rows("en", "pillar_cues")), key=len, reverse=True
    )
    return re.compile(
        r"\b(?:"
        + "|".join(map(re.escape, cues))
        + r")\s*(?::|,?\s+(?:including|such as|namely))\s*",
        re.IGNORECASE,
    )


_ITEM = re.compile(r"(?:(?:and|or)\s+)?(?P<item>[\w-]+(?:\s(?!and\b|or\b)[\w-]+)?)")
_ITEM_SEP = re.compile(r",?\s*(?:and\s+|or\s+)?")


def _listed_pillars(text: str) -> list[tuple[str, int, int]]:
    """Pillars listed after a cue, as written, in lower case too: "seven
    dimensions: economy, mobility, energy, living, people, governance and
    environment". Only items the reference data knows as dimensions count,
    and the list stops at the first that is not one."""
    cue = _pillar_list().search(text)
    if cue is None:
        return []
    out = []
    at = cue.end()
    while (item := _ITEM.match(text, at)) is not None:
        word, start = item["item"], item.start("item")
        if reference.get_smart_dimension(word) is None:
            # "smart living" is one pillar; "living spaces" is not, but
            # "living" before it may be.
            first = word.split()[0]
            if " " not in word or reference.get_smart_dimension(first) is None:
                break
            word = first
        out.append((word, start, start + len(word)))
        at = start + len(word)
        sep = _ITEM_SEP.match(text, at)
        if sep is None or not sep.group():
            break
        at = sep.end()
    return out


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*\s$")
_CAPITALISED_AFTER = re.compile(r"\s(?:and\s)?[A-Z]")


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether a pillar's word is part of a longer capitalised name ("Digital
    Economy and Society Minister", "ASEAN Digital Economy Framework
    Agreement"), not the pillar itself."""
    return bool(
        _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
        or _CAPITALISED_AFTER.match(text, end)
    )


def _count_after(state: ReaderState, target: ProgramDraft, s: Sentence) -> None:
    """A count stated after a change: "bring the total to 29, up from 26"."""
    after = _COUNT_AFTER.search(s.text)
    if after is None:
        return
    group = "after" if after["after"] else "total"
    target.after = int(after[group])
    target.evidence.append(
        state.ev(s, after.start(group), after.end(group), "member_count_after")
    )
    before = _COUNT_BEFORE.search(s.text)
    if before is not None and target.before is None:
        target.before = int(before["before"])
        target.evidence.append(
            state.ev(
                s,
                before.start("before"),
                before.end("before"),
                "member_count_before",
            )
        )


def _members(
    state: ReaderState,
    target: ProgramDraft,
    s: Sentence,
    found: list[Entity],
    free: Free,
    *,
    status: MembershipStatus | None,
) -> None:
    """Places in the program, each with the standing its clause gives it."""
    candidates: list[tuple[int, int, Place]] = []
    for match in _IN_PROVINCE.finditer(s.text):
        # "Theppharat in the Eastern Chachoengsao": a town and its province.
        province = reference.get_province(match["province"])
        if (
            province is None
            or reference.get_province(match["name"])
            or reference.get_venue(match["name"])
        ):
            continue
        place = Place(name=match["name"], province=province.code, country="TH")
        candidates.append((match.start(), match.end(), place))
    for e in found:
        if not (e.province or e.city) or e.country or not free(e.start, e.end):
            continue
        if (
            any(a <= e.start < b for a, b, _ in candidates)
            or any(a <= e.start < b for a, b in state.venues)
            or _MET_IN.search(s.text[max(0, e.start - 40) : e.start])
            or HOST_AFTER.match(s.text, e.end)
        ):
            continue  # a town's province, or where a meeting was held
        candidates.append((e.start, e.end, place_of(e)))
    for start, end, place in sorted(candidates, key=lambda c: c[0]):
        standing = status or _clause_standing(s.text, start)
        if standing is not None and add(
            target.members, Membership(place=place, status=standing)
        ):
            target.evidence.append(state.ev(s, start, end, "members"))


def _figures(
    state: ReaderState, target: ProgramDraft, s: Sentence, counts: re.Match[str] | None
) -> None:
    if s.block == -1:
        return  # headlines round and repeat the body's numbers
    stated = [
        m.span()
        for m in (counts, _COUNT_AFTER.search(s.text), _COUNT_BEFORE.search(s.text))
        if m
    ]
    for number in find_numbers(s.text):
        if any(a <= number.start < b for a, b in stated):
            continue  # a member count, not a figure
        if (
            target.scope is ProgramScope.REGIONAL
            and "pilot" not in number.unit_text.lower()
        ):
            continue  # a network's own figures are its pilot cities; counts are above
        # Words around the number say what it counts ("took part in its
        # Smart City Leadership Programme" comes after "140 people").
        context = s.text[: number.end + 80].lower()
        unit_text = number.unit_text.lower()
        label = next(
            (
                lab
                for cue, lab in FIGURE_CONTEXT_LABELS
                if cue in unit_text or cue in context
            ),
            None,
        ) or next((lab for cue, lab in FIGURE_LABELS if cue in unit_text), None)
        if label is None:
            continue
        if state.proposing_now and label in _PROPOSABLE:
            label = f"proposed_{label}"
        quantity = number.quantity
        if quantity.unit is None:
            unit = next((u for cue, u in FIGURE_UNITS if cue in unit_text), None)
            quantity = attrs.evolve(quantity, unit=unit)
        figure = Figure(label=label, quantity=quantity)
        if add(target.figures, figure):
            target.evidence.append(state.ev(s, number.start, number.end, "figures"))
