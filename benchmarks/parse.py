"""How fast ``parse_article`` reads the seed articles, against a trivial baseline.

Run from the repository root::

    python benchmarks/parse.py [--repeats N]

For each seed it prints the median time of one ``parse_article`` call, the
rate in MB of text per second, and the ratio to a baseline measured in the
same run on the same text: ``str.splitlines`` plus ``str.strip`` on every
line, the least any line-based parser must do. A last row does the same for
a ~1 MB document of the seeds glued together, furniture between them.
Times are medians of many repeats, each repeat timing a batch of calls.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from thaidigital.parse import parse_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MB = 1_000_000


def _baseline(text: str) -> int:
    return sum(len(line.strip()) for line in text.splitlines())


def _median_seconds(func: Callable[[str], object], text: str, repeats: int) -> float:
    # Batch calls so each timing is well above the clock's resolution.
    batch = max(1, int(20_000 / max(len(text), 1)))
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(batch):
            func(text)
        times.append((time.perf_counter() - started) / batch)
    return statistics.median(times)


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()

    seeds = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    glue = "\n\nShare on Facebook\nAdvertisement\nNotify of\n\n"
    big = glue.join(seeds.values())
    big = glue.join([big] * (MB // len(big) + 1))
    cases = [*seeds.items(), (f"{len(big) / MB:.1f} MB of glued seeds", big)]

    header = f"{'text':58} {'chars':>9} {'median':>10} {'MB/s':>8} {'baseline':>10} {'ratio':>7}"
    print(header)
    print("-" * len(header))
    for name, text in cases:
        repeats = args.repeats if len(text) < MB else max(5, args.repeats // 20)
        parse = _median_seconds(parse_article, text, repeats)
        base = _median_seconds(_baseline, text, repeats)
        rate = len(text.encode("utf-8")) / MB / parse
        print(
            f"{name:58} {len(text):>9} {parse * 1e3:>8.3f}ms {rate:>8.2f} "
            f"{base * 1e6:>8.1f}µs {parse / base:>6.0f}x"
        )


if __name__ == "__main__":
    main()
