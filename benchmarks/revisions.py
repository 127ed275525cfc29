"""Parse + extract speed of this tree against another git revision.

Run: python benchmarks/revisions.py BASE [--rounds N]

Checks BASE out into a temporary git worktree, then runs the same timing
job in a fresh process for each side, alternating old and new, ``N`` rounds
(paired and interleaved: the machine is shared and noisy). Each job parses
and extracts every self-written corpus article of *this* tree several times
after a warm-up and prints its time. The result is the median of the
per-round ratios new/old, and each side's median rate in MB/s.
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "extraction" / "corpus"

JOB = """
import pathlib, sys, time
from thaidigital import extract, parse_article
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
for t in texts:
    extract(parse_article(t))
best = []
for _ in range(3):
    started = time.perf_counter()
    for t in texts:
        extract(parse_article(t))
    best.append(time.perf_counter() - started)
print(min(best), sum(len(t.encode()) for t in texts))
"""


def _time(src: pathlib.Path) -> tuple[float, int]:
    out = subprocess.run(
        [sys.executable, "-c", JOB, str(CORPUS)],
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]), int(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="the git revision to compare with")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = pathlib.Path(tmp) / "base"
        subprocess.run(
            [
                "git",
                "-C",
                str(ROOT),
                "worktree",
                "add",
                "-q",
                "--detach",
                str(base),
                args.base,
            ],
            check=True,
        )
        try:
            old_times, new_times, ratios = [], [], []
            size = 0
            for _ in range(args.rounds):
                old, size = _time(base / "src")
                new, _ = _time(ROOT / "src")
                old_times.append(old)
                new_times.append(new)
                ratios.append(new / old)
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)],
                check=True,
            )
    mb = size / 1e6
    print(
        f"{len(list(CORPUS.glob('*.txt')))} articles, {mb:.3f} MB, {args.rounds} rounds"
    )
    print(f"base {args.base}: {mb / statistics.median(old_times):.3f} MB/s")
    print(f"this tree:      {mb / statistics.median(new_times):.3f} MB/s")
    print(f"time ratio this/base, median of rounds: {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
