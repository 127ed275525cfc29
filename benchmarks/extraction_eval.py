"""Precision, recall and F1 of extraction over every labelled article.

Run: python benchmarks/extraction_eval.py [--set corpus|heldout|both] [--verbose]

Reads tests/extraction/<set>/*.txt with their *.json labels, parses and
extracts each article, and scores the records against the labels per record
kind and per field (see thaidigital/extract/_evaluate.py for the rules).

The two sets are scored apart: ``corpus/`` (the rules were developed against
it, so its figures flatter them) and ``heldout/`` (labelled from the text
alone and never used to tune the extractor: the honest estimate).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "both"], default="both")
    parser.add_argument("--verbose", action="store_true", help="each article too")
    args = parser.parse_args()
    for name, folder in SETS.items():
        if args.set in (name, "both"):
            print(f"== {name} ({folder.relative_to(HERE.parents[1])})")
            evaluate(folder, verbose=args.verbose)


if __name__ == "__main__":
    main()
