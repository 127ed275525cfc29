"""Precision, recall and F1 of extraction over every labelled article.

Run: python benchmarks/extraction_eval.py [--verbose]

Reads tests/extraction/corpus/*.txt with their *.json labels, parses and
extracts each article, and scores the records against the labels per record
kind and per field (see thaidigital/extract/_evaluate.py for the rules).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib

from thaidigital.extract import extract
from thaidigital.extract._evaluate import labels_of, merge, score, table
from thaidigital.parse import parse_article

CORPUS = pathlib.Path(__file__).resolve().parents[1] / "tests" / "extraction" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--verbose", action="store_true", help="print each article's score"
    )
    args = parser.parse_args()
    scores = []
    for path in sorted(CORPUS.glob("*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        ref = gold.get("reference_date")
        article = parse_article(path.read_text(encoding="utf-8"))
        extraction = extract(
            article, reference_date=dt.date.fromisoformat(ref) if ref else None
        )
        one = score(gold, labels_of(extraction))
        scores.append(one)
        if args.verbose:
            print(f"== {path.name}")
            print(table(one))
    print(f"{len(scores)} labelled articles")
    print(table(merge(scores)))


if __name__ == "__main__":
    main()
