"""The bundled seed articles, readable after a plain ``pip install``."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

__all__ = ["seed_files"]


def _folder() -> Traversable:
    installed = files("thaidigital") / "_seeds"
    if installed.is_dir():
        return installed
    # Running from a source checkout (editable install): seeds/ is at the top.
    return Path(__file__).resolve().parents[2] / "seeds"


def seed_files() -> tuple[Traversable, ...]:
    """The three bundled seed articles (``*.txt``), sorted by name.

    They are the articles the project was specified from, shipped with the
    package so ``thaidigital demo`` and your first experiments have real
    text to read.

    Example:
        >>> import thaidigital as td
        >>> [path.name[:3] for path in td.seed_files()]
        ['000', '001', '002']
        >>> td.parse_article(td.seed_files()[2].read_text(encoding="utf-8")).title
        'Digital future of ASEAN takes shape at Bangkok meeting'

    .. versionadded:: 0.1.0
    """
    return tuple(
        sorted(
            (p for p in _folder().iterdir() if p.name.endswith(".txt")),
            key=lambda p: p.name,
        )
    )
