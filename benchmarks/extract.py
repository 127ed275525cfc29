"""How long extraction takes per article, against parsing the same text.

Run: python benchmarks/extract.py [--repeat N]

For each bundled seed and each labelled corpus article, the median time of
``extract(article)`` over many runs, and its ratio to the median time of
``parse_article(text)`` measured in the same run (the step every user pays
first). Shared, noisy machine: medians only.
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import time

from thaidigital import extract, parse_article

ROOT = pathlib.Path(__file__).resolve().parents[1]


def median_ms(fn: object, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=51)
    args = parser.parse_args()
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "extraction" / "corpus").glob("*.txt")
    )
    ratios, times = [], []
    print(f"{'article':58} {'parse ms':>9} {'extract ms':>11} {'ratio':>6}")
    for path in paths:
        text = path.read_text(encoding="utf-8")
        article = parse_article(text)
        parse_ms = median_ms(lambda t=text: parse_article(t), args.repeat)
        extract_ms = median_ms(lambda a=article: extract(a), args.repeat)
        ratios.append(extract_ms / parse_ms)
        times.append(extract_ms)
        print(
            f"{path.name[:58]:58} {parse_ms:9.2f} {extract_ms:11.2f} {extract_ms / parse_ms:6.1f}"
        )
    print(
        f"median over {len(paths)} articles: extract {statistics.median(times):.2f} ms, "
        f"{statistics.median(ratios):.1f}x parse"
    )


if __name__ == "__main__":
    main()
