"""Titles and published dates of the real development set's pages.

Run: python benchmarks/page_eval.py

For each page of ``tests/extraction/real/`` whose text is present, parses it
with ``parse_article`` (given the page's url, as a scraper knows it) and
compares the title (exact, but for runs of spaces, which the parser closes
up) and the published date (where the page states
one) with the manifest's page labels, per language and split. Refused pages (``ParseError``) are counted and named.
"""

from __future__ import annotations

import _real

from thaidigital import ParseError, parse_article


def main() -> None:
    if not _real.have_texts():
        print("no texts of the real set here: see tests/extraction/real/README.md")
        return
    print(f"{'set':8} {'pages':>5} {'refused':>7} {'titles':>10} {'published':>10}")
    for language in ("en", "th"):
        for split in ("dev", "test"):
            pages = refused = titles = titled = dated = dates = 0
            for entry, text in _real.articles(split=split, language=language):
                pages += 1
                want = entry["page"]
                try:
                    article = parse_article(text, url=entry["url"])
                except ParseError:
                    refused += 1
                    print(f"  refused: {entry['id']}")
                    continue
                if want["title"] is not None:
                    titled += 1
                    # The parser closes up runs of spaces inside a line; the
                    # label keeps the page's own.
                    titles += article.title == " ".join(want["title"].split())
                if want["published"] is not None:
                    dated += 1
                    dates += str(article.published) == want["published"]
            print(
                f"{language + ' ' + split:8} {pages:5} {refused:7} "
                f"{titles:>4}/{titled:<5} {dates:>4}/{dated:<5}"
            )


if __name__ == "__main__":
    main()
