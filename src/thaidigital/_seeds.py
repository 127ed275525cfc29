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
    """The seed article files (``*.txt``), sorted by name.

    Example:
        >>> from thaidigital._seeds import seed_files
        >>> len(seed_files())
        3
    """
    return tuple(
        sorted(
            (p for p in _folder().iterdir() if p.name.endswith(".txt")),
            key=lambda p: p.name,
        )
    )
