"""How fast the converter turns records into JSON values and back.

Run: python benchmarks/serialize.py [--repeat N]

Everything is measured in the same run, and reported as medians and as ratios
against baselines measured alongside:

- ``json``: ``json.loads``/``json.dumps`` of the same document, the floor any
  JSON reader pays;
- ``cattrs-default``: a stock ``cattrs.Converter`` with only the hooks it needs
  to read a ``PartialDate`` (no pre-bound container hooks, no strict types,
  no complete validation), the naive way to use cattrs here.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import cattrs

import thaidigital as td


def sample() -> td.Extraction:
    """An extraction the size of a real ministerial-meeting report."""
    countries = (
        "TH",
        "KH",
        "PH",
        "VN",
        "SG",
        "MY",
        "ID",
        "LA",
        "MM",
        "BN",
        "CN",
        "JP",
        "KR",
        "IN",
        "US",
    )
    parties = (
        *tuple(td.Country(code=c) for c in countries),
        td.Organization(name="International Telecommunication Union", acronym="ITU"),
    )
    ev = tuple(
        td.Evidence(block=i, start=0, end=40, field="outcomes") for i in range(8)
    )
    meeting = td.Meeting(
        id="meeting-5f1c",
        name="5th ASEAN Digital Ministerial Meeting",
        kind=td.MeetingKind.MINISTERIAL,
        series="ADGMIN",
        ordinal=5,
        when=td.DateRange.parse("2025-01-16/2025-01-17"),
        place=td.Place(name="Bangkok", province="TH-10", country="TH"),
        chair=td.Person(
            name="Prasert Jantararuangtong",
            role="Minister of Digital Economy and Society",
        ),
        participants=parties,
        outcomes=tuple(
            td.Outcome(action=td.OutcomeAction.APPROVED, document=f"Document {i}")
            for i in range(8)
        ),
        evidence=ev,
    )
    agreements = tuple(
        td.Agreement(
            id=f"agreement-{i}",
            kind=td.AgreementKind.MOU,
            status=td.AgreementStatus.SIGNED,
            parties=(td.Country(code="TH"), td.Country(code=c)),
            topics=("digital workforce development", "e-government governance"),
            meeting="meeting-5f1c",
            evidence=tuple(
                td.Evidence(block=9, start=0, end=30, field="parties") for _ in range(2)
            ),
        )
        for i, c in enumerate(("KH", "PH"))
    )
    return td.Extraction(article_id="art-1", meetings=(meeting,), agreements=agreements)


def naive_converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_structure_hook(td.PartialDate, lambda v, _: td.PartialDate.parse(v))
    conv.register_unstructure_hook(td.PartialDate, str)
    conv.register_structure_hook(
        td.Country | td.Organization,
        lambda v, _: conv.structure(
            {k: x for k, x in v.items() if k != "type"},
            td.Country if v["type"] == "country" else td.Organization,
        ),
    )
    return conv


def median_us(fn: Callable[[], Any], repeat: int, number: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter_ns()
        for _ in range(number):
            fn()
        runs.append((time.perf_counter_ns() - start) / number / 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--number", type=int, default=200)
    args = parser.parse_args()

    record = sample()
    data = td.to_dict(record)
    text = td.to_json(record)
    body = {k: v for k, v in data.items() if k != "schema_version"}
    naive = naive_converter()
    assert naive.structure(body, td.Extraction) == record

    rows = {
        "json.loads (floor)": lambda: json.loads(text),
        "json.dumps (floor)": lambda: json.dumps(data, ensure_ascii=False),
        "cattrs-default structure": lambda: naive.structure(body, td.Extraction),
        "cattrs-default unstructure": lambda: naive.unstructure(record),
        "td.from_dict": lambda: td.from_dict(data, td.Extraction),
        "td.to_dict": lambda: td.to_dict(record),
        "td.from_json": lambda: td.from_json(text, td.Extraction),
        "td.to_json": lambda: td.to_json(record),
    }
    times = {name: median_us(fn, args.repeat, args.number) for name, fn in rows.items()}
    print(
        f"median µs per Extraction ({len(text)} bytes of JSON), {args.repeat}×{args.number} runs"
    )
    for name, us in times.items():
        print(f"  {name:28} {us:9.1f}")
    print("ratios (lower is better for thaidigital)")
    print(
        f"  from_dict / cattrs-default structure:   {times['td.from_dict'] / times['cattrs-default structure']:.2f}"
    )
    print(
        f"  to_dict   / cattrs-default unstructure: {times['td.to_dict'] / times['cattrs-default unstructure']:.2f}"
    )
    print(
        f"  from_json / json.loads:                 {times['td.from_json'] / times['json.loads (floor)']:.2f}"
    )
    print(
        f"  to_json   / json.dumps:                 {times['td.to_json'] / times['json.dumps (floor)']:.2f}"
    )


if __name__ == "__main__":
    main()
