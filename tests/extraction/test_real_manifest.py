"""The real development set's manifest: facts only, sound labels, a fixed split.

The texts are not in the repository (see ``real/README.md``); where they are
present on a machine, their hashes must match the manifest.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import thaidigital as td

REAL = Path(__file__).parent / "real"
ENTRIES: list[dict[str, Any]] = json.loads(
    (REAL / "manifest.json").read_text(encoding="utf-8")
)["articles"]
KEYS = {
    "id", "split", "language", "kind", "url", "outlet", "query", "rank",
    "sha256", "bytes", "page", "labels", "notes",
}  # fmt: skip
LABELLED = [e for e in ENTRIES if e["labels"] is not None]


def _build(labels: dict[str, Any]) -> td.Extraction:
    meetings = [
        td.from_dict({**r, "id": f"m{i}"}, td.Meeting)
        for i, r in enumerate(labels["meetings"])
    ]
    ids = {m.name: m.id for m in meetings}
    assert len(ids) == len(meetings), "meeting names are unique within an article"
    agreements = [
        td.from_dict(
            {**r, "id": f"a{i}", "meeting": r["meeting"] and ids[r["meeting"]]},
            td.Agreement,
        )
        for i, r in enumerate(labels["agreements"])
    ]
    programs = [
        td.from_dict({**r, "id": f"p{i}"}, td.SmartCityProgram)
        for i, r in enumerate(labels["programs"])
    ]
    return td.Extraction(
        article_id="x",
        meetings=tuple(meetings),
        agreements=tuple(agreements),
        programs=tuple(programs),
        people=tuple(td.from_dict(r, td.Person) for r in labels["people"]),
    )


class TestManifest:
    def test_entries_have_every_field(self) -> None:
        """Every entry has exactly the documented fields."""
        assert all(set(e) == KEYS for e in ENTRIES)

    def test_ids_and_urls_are_unique(self) -> None:
        """No article is in the set twice."""
        assert len({e["id"] for e in ENTRIES}) == len(ENTRIES)
        assert len({e["url"] for e in ENTRIES}) == len(ENTRIES)

    def test_the_set_is_as_large_and_varied_as_asked(self) -> None:
        """At least 90 English articles from 20 outlets, in every kind."""
        english = [e for e in ENTRIES if e["language"] == "en"]
        kinds = Counter(e["kind"] for e in english)
        assert len(english) >= 90
        assert len({e["outlet"] for e in english}) >= 20
        assert kinds["agreement"] >= 30
        assert kinds["meeting"] >= 30
        assert kinds["smart_city"] >= 15
        assert kinds["hard"] >= 10

    def test_split_is_stratified(self) -> None:
        """About a third of each language and kind is test."""
        groups = Counter((e["language"], e["kind"]) for e in ENTRIES)
        tests = Counter(
            (e["language"], e["kind"]) for e in ENTRIES if e["split"] == "test"
        )
        for group, n in groups.items():
            assert n // 3 <= tests[group] <= n // 3 + 1, group

    def test_hashes_are_sha256(self) -> None:
        """Each entry pins its text by sha256 and size."""
        for e in ENTRIES:
            assert re.fullmatch(r"[0-9a-f]{64}", e["sha256"])
            assert e["bytes"] > 0

    @pytest.mark.parametrize("entry", LABELLED, ids=lambda e: e["id"])
    def test_labels_load_into_the_models(self, entry: dict[str, Any]) -> None:
        """Every label record is a valid wire form of its model."""
        _build(entry["labels"])

    def test_published_dates_are_partial_dates(self) -> None:
        """A page's published date is an ISO prefix."""
        for e in ENTRIES:
            if e["page"]["published"]:
                td.PartialDate.parse(e["page"]["published"])

    def test_no_text_is_committed(self) -> None:
        """The texts folder is ignored by git: other people's writing stays out."""

        def git(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                ["git", *args], capture_output=True, text=True, cwd=REAL, check=False
            )

        if git("rev-parse", "--is-inside-work-tree").returncode != 0:
            pytest.skip("not a git checkout")
        assert git("check-ignore", "-q", "texts/any-article.txt").returncode == 0
        assert not [
            p for p in git("ls-files", ".").stdout.split() if p.endswith(".txt")
        ]


@pytest.mark.skipif(not (REAL / "texts").is_dir(), reason="texts not fetched")
class TestTexts:
    @pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["id"])
    def test_text_matches_and_labels_quote_it(self, entry: dict[str, Any]) -> None:
        """A fetched text has the pinned hash, and the labels' strings are in it."""
        path = REAL / "texts" / f"{entry['id']}.txt"
        if not path.is_file():
            pytest.skip("text not fetched")
        raw = path.read_bytes()
        assert hashlib.sha256(raw).hexdigest() == entry["sha256"]
        text = raw.decode("utf-8")
        if entry["page"]["title"] is not None:
            assert entry["page"]["title"] in text
        for m in (entry["labels"] or {}).get("meetings", []):
            assert m["name"] in text
