"""Precision, recall and F1 of extraction over every labelled article.

Run: python benchmarks/extraction_eval.py [--set corpus|heldout|both|real] [--verbose]

Reads tests/extraction/<set>/*.txt with their *.json labels, parses and
extracts each article, and scores the records against the labels per record
kind and per field (see thaidigital/extract/_evaluate.py for the rules).

The two sets are scored apart: ``corpus/`` (the rules were developed against
it, so its figures flatter them) and ``heldout/`` (labelled from the text
alone and never used to tune the extractor: the honest estimate).

``--set real`` scores the real development set (``tests/extraction/real/``:
facts in the manifest, texts fetched as its README says) twice: ``dev`` (the
rules may be tuned against it) and ``test`` (never tuned against). Besides
F1 it counts crashes and invented values: predicted values where the label
has none (a wrong value where the label has one is not counted here).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import sys
import traceback
from typing import Any

import _real

from thaidigital.extract import extract
from thaidigital.extract._evaluate import labels_of, merge, score, table
from thaidigital.parse import parse_article

HERE = pathlib.Path(__file__).resolve().parents[1] / "tests" / "extraction"
SETS = {"corpus": HERE / "corpus", "heldout": HERE / "heldout"}


def evaluate(folder: pathlib.Path, *, verbose: bool) -> None:
    """Print the merged table for one folder of labelled articles."""
    scores = []
    for path in sorted(folder.glob("*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        ref = gold.get("reference_date")
        article = parse_article(path.read_text(encoding="utf-8"))
        when = dt.date.fromisoformat(ref) if ref else None
        one = score(gold, labels_of(extract(article, reference_date=when)))
        scores.append(one)
        if verbose:
            print(f"-- {path.name}")
            print(table(one))
    print(f"{len(scores)} labelled articles")
    print(table(merge(scores)))


def invented(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[int, int]:
    """Predicted values the labels do not have at all, and all predicted values.

    Records are paired as the scorer pairs them; an unpaired predicted record
    counts every value it has.
    """
    from thaidigital.extract._evaluate import KINDS, _empty, _key, _pair

    made = total = 0
    for kind in KINDS:
        if kind == "people":
            continue
        pairs, _, extra = _pair(list(gold.get(kind, [])), list(pred.get(kind, [])))
        for g, p in [*pairs, *(({}, p) for p in extra)]:
            for name, value in p.items():
                if _empty(value) or name in ("name", "kind", "status", "scope"):
                    continue
                if isinstance(value, list):
                    known = {_key(v) for v in g.get(name) or []}
                    total += len(value)
                    made += sum(1 for v in value if _key(v) not in known)
                else:
                    total += 1
                    made += _empty(g.get(name))
    return made, total


def evaluate_real(*, verbose: bool) -> None:
    """The real set's dev and test tables, with crashes and invented values."""
    if not _real.have_texts():
        print("no texts of the real set here: see tests/extraction/real/README.md")
        return
    for split in ("dev", "test"):
        scores, crashes, made, total, n = [], 0, 0, 0, 0
        for entry, text in _real.articles(split=split, language="en"):
            if entry["labels"] is None:
                continue
            n += 1
            gold = entry["labels"]
            try:
                article = parse_article(text)
                pred = labels_of(extract(article))
            except Exception:  # a crash is a finding, not a stop
                crashes += 1
                print(f"CRASH {entry['id']}", file=sys.stderr)
                traceback.print_exc()
                pred = {}
            one = score(gold, pred)
            scores.append(one)
            m, t = invented(gold, pred)
            made, total = made + m, total + t
            if verbose:
                print(f"-- {entry['id']}")
                print(table(one))
        merged = merge(scores)
        print(f"== real {split}: {n} labelled articles, {crashes} crashes")
        print(f"invented values: {made}/{total} = {made / total if total else 0:.1%}")
        print(table(merged))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "both", "real"], default="both")
    parser.add_argument("--verbose", action="store_true", help="each article too")
    args = parser.parse_args()
    if args.set == "real":
        evaluate_real(verbose=args.verbose)
        return
    for name, folder in SETS.items():
        if args.set in (name, "both"):
            print(f"== {name} ({folder.relative_to(HERE.parents[1])})")
            evaluate(folder, verbose=args.verbose)


if __name__ == "__main__":
    main()
