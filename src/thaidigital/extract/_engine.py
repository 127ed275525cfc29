"""Walk an article sentence by sentence and build the records it reports."""

from __future__ import annotations

import datetime as dt

from thaidigital.extract._agreements import (
    AgreementReader,
)
from thaidigital.extract._drafts import (
    ProgramDraft,
    add,
    first_evidence,
    meeting_key,
    record_id,
)
from thaidigital.extract._meetings import (
    HELD,
    MEET,
    MeetingReader,
)
from thaidigital.extract._names import (
    documents,
    meetings,
    people,
)
from thaidigital.extract._parties import parties
from thaidigital.extract._programs import (
    ProgramReader,
)
from thaidigital.extract._text import (
    Entity,
    Sentence,
    Token,
    entities,
    sentences,
    tokens,
)
from thaidigital.extract._vocabulary import (
    DEMONYMS,
    PARTICIPANT_CUES,
)
from thaidigital.models import (
    Agreement,
    Article,
    Country,
    Extraction,
    ListItem,
    Meeting,
    MeetingKind,
    MeetingStatus,
    SmartCityProgram,
)

__all__ = ["run"]


class _Reader(MeetingReader, AgreementReader, ProgramReader):
    """One pass over one article; holds the drafts as they grow."""

    def read(self) -> None:
        all_sentences = sentences(self.article)
        national = self._national_program(all_sentences)
        # Each sentence's words and names are read once, for both passes.
        read = []
        for s in all_sentences:
            words = tokens(s.text)
            read.append((s, words, entities(s.text, words)))
        self.main_key = self._most_named(read)
        for _, _, found in read:
            # Officials named in full anywhere: "Gen Prayut" may come first.
            for e in found:
                if e.person is not None and e.person.country:
                    self.defined.official(e.person.name, e.person.country)
        for s, words, found in read:
            self._sentence(s, national, words, found)

    @staticmethod
    def _most_named(
        read: list[tuple[Sentence, list[Token], list[Entity]]],
    ) -> str | None:
        """The article's own meeting: the numbered one it names most often
        (the first named on a tie), not one it recalls in passing."""
        counts: dict[str, int] = {}
        for s, words, found in read:
            for m in meetings(s.text, words, found):
                if m.series and not m.generic and not m.upcoming:
                    counts[meeting_key(m)] = counts.get(meeting_key(m), 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _sentence(
        self,
        s: Sentence,
        national: ProgramDraft | None,
        words: list[Token],
        found: list[Entity],
    ) -> None:
        text = s.text
        self.venues = []
        docs = documents(text, words)
        mentions = meetings(text, words, found)
        persons = people(text, words, found)
        inside = [(d.start, d.end) for d in docs] + [
            (m.start, m.end) for m in mentions if not m.generic
        ]

        def free(start: int, end: int) -> bool:
            return not any(a <= start and end <= b for a, b in inside)

        # People first: they give chairs and bilateral participants.
        for p in persons:
            self._person(p.name, p.role, p.record)

        before_focus = self.focus
        subjects, upcoming = self._mentions(mentions, s)
        if not subjects and (named := self._by_acronym(words)) is not None:
            subjects = [named]
        explicit = bool(subjects)
        # A sentence that names no meeting speaks of the article's own one
        # ("The Bangkok Digital Declaration was approved"), not of one named
        # in passing ("formerly the 19th TELMIN").
        subject = subjects[-1] if subjects else (self.main or self.focus)

        if subject is not None and (explicit or HELD.search(text) or MEET.search(text)):
            self._dates(subject, s, inside)
            self._places(subject, s, found, free)
        for m in mentions:
            self._host(m, s, found, free)
        self._same_venue(mentions, s, before_focus)
        if subject is not None and subject.chair is None:
            self._chair(subject, s, persons, found)
        if subject is not None and subject.kind is MeetingKind.BILATERAL and explicit:
            # The parties of a bilateral meeting are the countries of the
            # leaders named in the sentence that reports it.
            for e in found:
                if e.person is not None and add(
                    subject.participants, Country(code=e.person.country)
                ):
                    subject.evidence.append(self.ev(s, e.start, e.end, "participants"))
            for p in persons:
                code = next(
                    (c for d, c in DEMONYMS.items() if p.role and p.role.startswith(d)),
                    None,
                )
                if code and add(subject.participants, Country(code=code)):
                    subject.evidence.append(self.ev(s, p.start, p.end, "participants"))
        if (
            subject is not None
            and upcoming is None
            and any(c in text.lower() for c in PARTICIPANT_CUES)
        ):
            self._participants(subject, s, found, free)
        outcome_target = (
            subject
            if subject is not None and subject.status is MeetingStatus.HELD
            else None
        )
        self._outcomes(outcome_target, s, docs, self._list_verb(s, docs))
        if s.block >= 0 and isinstance(self.article.blocks[s.block], ListItem):
            self._list_topic(s)
        else:
            self.list_topics = None
        self._deals(s, found, parties(text, words, found, self.defined), inside)
        self._programs(s, found, free, national)

    def records(self) -> Extraction:
        self._tense()
        aid = self.article.id
        ids = {key: record_id("meeting", aid, key) for key in self.meetings}
        built_meetings = tuple(
            Meeting(
                id=ids[d.key],
                name=d.name,
                kind=d.kind,
                status=d.status,
                series=d.series,
                ordinal=d.ordinal,
                when=d.when,
                place=d.place,
                chair=d.chair,
                participants=tuple(d.participants),
                outcomes=tuple(d.outcomes),
                evidence=tuple(d.evidence),
            )
            for d in self.meetings.values()
        )
        built_agreements = tuple(
            Agreement(
                id=record_id("agreement", aid, d.key),
                kind=d.kind,
                status=d.status,
                title=d.title,
                parties=tuple(d.parties),
                date=d.date,
                topics=tuple(d.topics),
                meeting=ids.get(d.meeting) if d.meeting else None,
                evidence=tuple(d.evidence),
            )
            for d in self.agreements.values()
        )
        built_programs = tuple(
            SmartCityProgram(
                id=record_id("program", aid, d.key),
                name=d.name,
                scope=d.scope,
                members=tuple(d.members),
                member_count_before=d.before,
                member_count_after=d.after,
                figures=tuple(d.figures),
                pillars=tuple(d.pillars),
                evidence=tuple(d.evidence),
            )
            # In reading order: by where the article first speaks of each.
            for d in sorted(self.programs.values(), key=first_evidence)
        )
        return Extraction(
            article_id=aid,
            meetings=built_meetings,
            agreements=built_agreements,
            programs=built_programs,
            people=tuple(self.people.values()),
        )


def run(article: Article, reference_date: dt.date | None) -> Extraction:
    """Extract every record ``article`` reports."""
    reader = _Reader(article, reference_date)
    reader.read()
    return reader.records()
