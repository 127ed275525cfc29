"""The real development set: facts in ``tests/extraction/real/manifest.json``,
texts (other people's writing, never committed) in ``tests/extraction/real/texts/``.

See ``tests/extraction/real/README.md`` for how the texts are fetched again.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
from collections.abc import Iterator
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1] / "tests" / "extraction" / "real"
MANIFEST = ROOT / "manifest.json"
TEXTS = ROOT / "texts"


def articles(
    *, split: str | None = None, language: str | None = None
) -> Iterator[tuple[dict[str, Any], str]]:
    """Each manifest entry whose text is present and unchanged, with its text.

    Entries whose text is missing or whose sha256 differs are skipped, with a
    line on stderr, so a partial fetch still gives honest (smaller) figures.
    """
    import sys

    entries = json.loads(MANIFEST.read_text(encoding="utf-8"))["articles"]
    for entry in entries:
        if split and entry["split"] != split:
            continue
        if language and entry["language"] != language:
            continue
        path = TEXTS / f"{entry['id']}.txt"
        if not path.is_file():
            print(f"missing text: {path.name}", file=sys.stderr)
            continue
        raw = path.read_bytes()
        if hashlib.sha256(raw).hexdigest() != entry["sha256"]:
            print(f"text differs from the manifest: {path.name}", file=sys.stderr)
            continue
        yield entry, raw.decode("utf-8")


def have_texts() -> bool:
    """Whether any text of the real set is on this machine."""
    return TEXTS.is_dir() and any(TEXTS.glob("*.txt"))
