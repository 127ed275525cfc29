"""The held-out articles: their labels are sound.

``heldout/<name>.txt`` are articles kept apart from ``corpus/``; their labels
(``heldout/<name>.json``) were written from the text alone, without looking at
the extractor's output, and must not be used to tune it (see
``heldout/README.md``). These tests check the labels only, never the extractor:

* every article has a label file and every label file an article;
* each article is plain UTF-8 text of 150-350 words;
* every label file loads into the real models (each record through
  ``thaidigital.from_dict``, then the whole into an ``Extraction``) and each
  record is exactly its model's wire form;
* chairs are listed in ``people`` and people in the reference use its spelling;
* the strings a label copies from the text are in the text;
* numbered ADGMIN/ASCN meetings agree with ``thaidigital.reference.get_meeting``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import thaidigital as td
from thaidigital import reference

HELDOUT = Path(__file__).parent / "heldout"
STEMS = sorted(p.stem for p in HELDOUT.glob("*.txt"))
LABEL_STEMS = sorted(p.stem for p in HELDOUT.glob("*.json"))

TOP_KEYS = {"reference_date", "meetings", "agreements", "programs", "people"}
OMITTED = {"id", "evidence", "schema_version"}
SERIES = {"ADGMIN", "ASCN"}


def _load(stem: str) -> dict[str, Any]:
    return json.loads((HELDOUT / f"{stem}.json").read_text(encoding="utf-8"))


def _text(stem: str) -> str:
    return (HELDOUT / f"{stem}.txt").read_text(encoding="utf-8")


def _build(stem: str, labels: dict[str, Any]) -> td.Extraction:
    """Turn a label file into an ``Extraction``, giving each record an id."""
    meetings = [
        td.from_dict({**record, "id": f"m{i}"}, td.Meeting)
        for i, record in enumerate(labels["meetings"])
    ]
    ids = {m.name: m.id for m in meetings}
    assert len(ids) == len(meetings), "meeting names must be unique within a file"
    agreements = []
    for i, record in enumerate(labels["agreements"]):
        name = record["meeting"]
        assert name is None or name in ids, f"agreement {i}: no meeting named {name!r}"
        meeting = None if name is None else ids[name]
        agreements.append(
            td.from_dict({**record, "id": f"a{i}", "meeting": meeting}, td.Agreement)
        )
    programs = [
        td.from_dict({**record, "id": f"p{i}"}, td.SmartCityProgram)
        for i, record in enumerate(labels["programs"])
    ]
    people = [td.from_dict(record, td.Person) for record in labels["people"]]
    return td.Extraction(
        article_id=stem,
        meetings=tuple(meetings),
        agreements=tuple(agreements),
        programs=tuple(programs),
        people=tuple(people),
    )


def _wire(record: Any) -> dict[str, Any]:
    return {k: v for k, v in td.to_dict(record).items() if k not in OMITTED}


def test_heldout_set_is_present() -> None:
    assert len(STEMS) >= 8


def test_every_article_has_labels_and_every_label_an_article() -> None:
    assert LABEL_STEMS == STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_article_is_plain_utf8_text(stem: str) -> None:
    text = (HELDOUT / f"{stem}.txt").read_bytes().decode("utf-8")
    words = len(text.split())
    assert 150 <= words <= 350, f"{stem}: {words} words"


@pytest.mark.parametrize("stem", STEMS)
def test_labels_load_into_models(stem: str) -> None:
    labels = _load(stem)
    assert set(labels) == TOP_KEYS
    if labels["reference_date"] is not None:
        assert td.PartialDate.parse(labels["reference_date"]).day is not None
    extraction = _build(stem, labels)
    for kind, records in (
        ("meetings", extraction.meetings),
        ("agreements", extraction.agreements),
        ("programs", extraction.programs),
    ):
        for label, record in zip(labels[kind], records, strict=True):
            wire = _wire(record)
            if kind == "agreements":
                wire["meeting"] = label["meeting"]
            assert wire == label, f"{stem}: {kind} record is not in wire form"
    for label, person in zip(labels["people"], extraction.people, strict=True):
        assert td.to_dict(person) == label


@pytest.mark.parametrize("stem", STEMS)
def test_chairs_are_people_with_reference_spelling(stem: str) -> None:
    extraction = _build(stem, _load(stem))
    chairs = [m.chair for m in extraction.meetings if m.chair is not None]
    assert {c.name for c in chairs} <= {p.name for p in extraction.people}
    for person in (*extraction.people, *chairs):
        known = reference.get_officeholder(person.as_written or person.name)
        if known is not None:
            assert person.name == known.name, f"{stem}: {person}"


@pytest.mark.parametrize("stem", STEMS)
def test_written_strings_are_in_the_text(stem: str) -> None:
    text = _text(stem)
    extraction = _build(stem, _load(stem))
    written: list[str] = []
    for meeting in extraction.meetings:
        written.append(meeting.name)
        written.extend(o.document for o in meeting.outcomes)
        if meeting.place is not None:
            written.append(meeting.place.name)
    for agreement in extraction.agreements:
        if agreement.title is not None:
            written.append(agreement.title)
        written.extend(agreement.topics)
    for program in extraction.programs:
        written.extend(m.place.name for m in program.members)
        written.extend(program.pillars)
    chairs = [m.chair for m in extraction.meetings if m.chair is not None]
    written.extend(p.as_written or p.name for p in (*extraction.people, *chairs))
    missing = [s for s in written if s not in text]
    assert not missing, f"{stem}: not in the text: {missing}"


def _agrees(label: td.PartialDate, iso: str) -> bool:
    """Whether a labelled date can mean the reference day ``iso``."""
    day = td.PartialDate.parse(iso)
    if label.year is None:
        return label.month == day.month and label.day in (None, day.day)
    return label.contains(day.earliest())


NUMBERED = [
    (stem, meeting)
    for stem in STEMS
    for meeting in _build(stem, _load(stem)).meetings
    if meeting.series in SERIES and meeting.ordinal is not None
]


@pytest.mark.parametrize(
    ("stem", "meeting"),
    NUMBERED,
    ids=[f"{stem}:{m.series}-{m.ordinal}" for stem, m in NUMBERED],
)
def test_numbered_meeting_agrees_with_reference(stem: str, meeting: td.Meeting) -> None:
    assert meeting.series is not None
    assert meeting.ordinal is not None
    known = reference.get_meeting(meeting.series, meeting.ordinal)
    assert known is not None, f"{stem}: no reference {meeting.series}-{meeting.ordinal}"
    if meeting.when is not None and known.start is None:
        assert meeting.when.start.year == known.year
    elif meeting.when is not None:
        assert known.start is not None
        assert _agrees(meeting.when.start, known.start)
        if meeting.when.end is not None:
            assert known.end is not None
            assert _agrees(meeting.when.end, known.end)
        elif meeting.when.start.day is not None:
            assert known.end in (None, known.start), "one-day label, longer meeting"
    if meeting.place is not None:
        assert meeting.place.country == known.country
        if reference.get_country(meeting.place.name) is None:
            city = reference.get_city(meeting.place.name)
            name = city.name if city is not None else meeting.place.name
            assert reference.fold_name(name) == reference.fold_name(known.city or "")
    if meeting.chair is not None:
        assert meeting.chair.name == known.chair
