"""Score an extraction against labels a careful reader wrote.

Labels use the records' wire form (``to_dict``) without ``id``, ``evidence``
and ``schema_version``; an agreement's ``meeting`` holds the meeting's name.
Records are paired greedily by how many fields agree; then every field is
counted: a value that matches is a true positive, a wrong or extra value a
false positive, a missing or wrong one a false negative. List fields
(participants, outcomes, members, …) count item by item.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from thaidigital.models import Extraction
from thaidigital.serialize import to_dict

__all__ = ["Tally", "labels_of", "merge", "score", "table"]

KINDS = ("meetings", "agreements", "programs", "people")
_DROP = frozenset({"id", "evidence", "schema_version"})


@attrs.define
class Tally:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def labels_of(extraction: Extraction) -> dict[str, list[dict[str, Any]]]:
    """An extraction in label form: wire dicts without ids and evidence."""
    data = to_dict(extraction)
    names = {m["id"]: m["name"] for m in data["meetings"]}
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in KINDS:
        records = []
        for record in data[kind]:
            clean = {k: v for k, v in record.items() if k not in _DROP}
            if kind == "agreements" and clean.get("meeting"):
                clean["meeting"] = names.get(clean["meeting"], clean["meeting"])
            records.append(clean)
        out[kind] = records
    return out


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _empty(value: Any) -> bool:
    return value is None or value in ([], "")


def _field(gold: Any, pred: Any) -> Tally:
    if isinstance(gold, list) or isinstance(pred, list):
        g = Counter(_key(v) for v in gold or [])
        p = Counter(_key(v) for v in pred or [])
        common = sum((g & p).values())
        return Tally(common, sum(p.values()) - common, sum(g.values()) - common)
    if _empty(gold) and _empty(pred):
        return Tally()
    if _empty(pred):
        return Tally(fn=1)
    if _empty(gold):
        return Tally(fp=1)
    if _key(gold) == _key(pred):
        return Tally(tp=1)
    return Tally(fp=1, fn=1)


def _agreement(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> int:
    return sum(
        1 for k in gold if not _empty(gold[k]) and _key(gold[k]) == _key(pred.get(k))
    )


def _pair(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]]
) -> tuple[
    list[tuple[dict[str, Any], dict[str, Any]]],
    list[dict[str, Any]],
    list[dict[str, Any]],
]:
    candidates = sorted(
        (
            (_agreement(g, p), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(pred)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for agree, i, j in candidates:
        if agree == 0 or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((gold[i], pred[j]))
    missed = [g for i, g in enumerate(gold) if i not in used_g]
    extra = [p for j, p in enumerate(pred) if j not in used_p]
    return pairs, missed, extra


def score(
    gold: Mapping[str, list[dict[str, Any]]], pred: Mapping[str, list[dict[str, Any]]]
) -> dict[str, dict[str, Tally]]:
    """Tallies per record kind: ``"(record)"`` for whole records, then per field.

    Example:
        >>> gold = {"meetings": [{"name": "ADGMIN", "ordinal": 5}]}
        >>> pred = {"meetings": [{"name": "ADGMIN", "ordinal": 6}]}
        >>> s = score(gold, pred)["meetings"]
        >>> s["(record)"].tp, s["name"].tp, s["ordinal"].fp, s["ordinal"].fn
        (1, 1, 1, 1)
    """
    result: dict[str, dict[str, Tally]] = {}
    for kind in KINDS:
        tallies: dict[str, Tally] = {"(record)": Tally()}
        pairs, missed, extra = _pair(list(gold.get(kind, [])), list(pred.get(kind, [])))
        tallies["(record)"].add(Tally(len(pairs), len(extra), len(missed)))
        rows = [*pairs, *((g, {}) for g in missed), *(({}, p) for p in extra)]
        for g, p in rows:
            for name in sorted(set(g) | set(p)):
                tallies.setdefault(name, Tally()).add(_field(g.get(name), p.get(name)))
        result[kind] = tallies
    return result


def merge(scores: Iterable[dict[str, dict[str, Tally]]]) -> dict[str, dict[str, Tally]]:
    """Add up the tallies of many articles."""
    total: dict[str, dict[str, Tally]] = {}
    for one in scores:
        for kind, fields in one.items():
            for name, tally in fields.items():
                total.setdefault(kind, {}).setdefault(name, Tally()).add(tally)
    return total


def table(scores: Mapping[str, Mapping[str, Tally]]) -> str:
    """A plain-text table of precision, recall and F1 per kind and field."""
    lines = [f"{'kind':11} {'field':22} {'P':>6} {'R':>6} {'F1':>6}   tp   fp   fn"]
    for kind, fields in scores.items():
        for name, t in fields.items():
            if t.tp + t.fp + t.fn == 0:
                continue
            lines.append(
                f"{kind:11} {name:22} {t.precision:6.2f} {t.recall:6.2f} {t.f1:6.2f} "
                f"{t.tp:4} {t.fp:4} {t.fn:4}"
            )
    return "\n".join(lines)
