"""Facts, and the one place that turns them into drafts with their evidence.

A rule returns :class:`Fact` values: which record (kind and key), which
field, the value, the words that support it and a rank. :func:`assemble`
merges them into the reader's drafts. A scalar field keeps the value of the
highest rank (the first on a tie); a list field gathers every distinct value.
Each value that lands brings its evidence with it, in the same step, so no
value is ever set without the span that supports it.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from thaidigital.extract._drafts import AgreementDraft, ReaderState
from thaidigital.extract._text import Sentence
from thaidigital.models import AgreementKind, AgreementStatus

__all__ = ["Fact", "assemble"]

#: Fields that hold a list of values.
_LISTS = frozenset({"parties", "topics"})


@attrs.frozen
class Fact:
    """One value a rule read, for one field of one record.

    Attributes:
        record: The record kind (``"agreement"``).
        key: The record's key: facts with one key build one record.
        field: The field the value is for.
        value: The value, in the model's type.
        sentence: The sentence the supporting words are in.
        start: Where the supporting words start in the sentence.
        end: Where they end.
        rank: How sure the rule is; a higher rank replaces a lower one.
    """

    record: Literal["agreement"]
    key: str
    field: str
    value: Any
    sentence: Sentence
    start: int
    end: int
    rank: int = 0


def _agreement(state: ReaderState, facts: list[Fact]) -> AgreementDraft | None:
    """The draft the facts of one key build, made when its kind is known."""
    key = facts[0].key
    draft = state.agreements.get(key)
    if draft is not None:
        return draft
    kind = next((f for f in facts if f.field == "kind"), None)
    status = next((f for f in facts if f.field == "status"), None)
    if kind is None or status is None:
        return None
    draft = AgreementDraft(
        key=key, kind=AgreementKind(kind.value), status=AgreementStatus(status.value)
    )
    draft.evidence.append(state.ev(kind.sentence, kind.start, kind.end, "kind"))
    draft.evidence.append(state.ev(status.sentence, status.start, status.end, "status"))
    state.agreements[key] = draft
    return draft


def assemble(state: ReaderState, facts: list[Fact]) -> None:
    """Merge ``facts`` into the reader's drafts, evidence and all."""
    by_key: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        by_key.setdefault((fact.record, fact.key), []).append(fact)
    for group in by_key.values():
        draft = _agreement(state, group)
        if draft is None:
            continue
        for fact in sorted(group, key=lambda f: -f.rank):
            if fact.field == "kind":
                continue
            current = getattr(draft, fact.field)
            if fact.field in _LISTS:
                if fact.value in current:
                    continue
                current.append(fact.value)
            elif fact.field == "status":
                # A status seen later in the text that acts on a proposed one
                # ("proposed earlier, signed now") replaces it.
                if current is not AgreementStatus.PROPOSED or fact.value == current:
                    continue
                draft.status = AgreementStatus(fact.value)
            elif current is None:
                setattr(draft, fact.field, fact.value)
            else:
                continue
            draft.evidence.append(
                state.ev(fact.sentence, fact.start, fact.end, fact.field)
            )
