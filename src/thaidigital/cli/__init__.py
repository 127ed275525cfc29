"""The ``thaidigital`` command: the library's jobs from a shell.

Subcommands:

- ``thaidigital parse FILE... [--format json|jsonl] [-o OUT]``: read article
  text files (``-`` is standard input) and print, for each, the parsed
  article and the records extracted from it.
- ``thaidigital demo``: the same on the bundled seed articles.
- ``thaidigital schema NAME``: print the JSON Schema of a model.
- ``thaidigital validate FILE [--type NAME]``: check a JSON or JSONL file of
  records, reporting every problem with its line and path.

Errors go to standard error, prefixed by the file name; one bad file does not
stop the others. The exit status is 0 when all went well, 1 if any input
failed (an output file is written only if some input was read), 2 for a
usage error, 3 if the output file cannot be written, and 141 if the reader
of standard output went away (``thaidigital demo | head``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from typing import IO, Any

from thaidigital import models
from thaidigital._errors import DocumentError, ThaiDigitalError
from thaidigital._seeds import seed_files
from thaidigital.extract import extract
from thaidigital.parse import parse_article
from thaidigital.serialize import from_dict, from_json, json_schema, to_dict
from thaidigital.serialize._documents import read_json

__all__ = ["main"]

_RECORD_TYPES: dict[str, type[Any]] = {
    "article": models.Article,
    "meeting": models.Meeting,
    "agreement": models.Agreement,
    "smart_city_program": models.SmartCityProgram,
    "program": models.SmartCityProgram,
    "extraction": models.Extraction,
}
_ALL_TYPES = {
    name.lower(): getattr(models, name)
    for name in models.__all__
    if isinstance(getattr(models, name), type)
    and hasattr(getattr(models, name), "__attrs_attrs__")
}


class _Result:
    """What `thaidigital parse` writes for one file: its article and extraction."""


def _model(name: str) -> type[Any]:
    key = name.lower().replace("-", "_")
    if key == "result":
        return _Result
    found = _RECORD_TYPES.get(key) or _ALL_TYPES.get(key.replace("_", ""))
    if found is None:
        choices = ", ".join(sorted({c.__name__ for c in _ALL_TYPES.values()}))
        raise argparse.ArgumentTypeError(
            f"unknown model {name!r}; choose from {choices}"
        )
    return found


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thaidigital",
        description="Typed records of Thailand's and ASEAN's digital economy, "
        "read from news articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def output_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--format",
            choices=("json", "jsonl"),
            default="json",
            help="json: one indented array (default); jsonl: one line per file",
        )
        p.add_argument("-o", "--output", metavar="OUT", help="write here, not stdout")

    parse = sub.add_parser("parse", help="parse article text files")
    parse.add_argument("files", nargs="+", metavar="FILE", help="'-' reads stdin")
    parse.add_argument("--url", help="the article's URL (one FILE only)")
    parse.add_argument("--outlet", help="the publication's name")
    parse.add_argument(
        "--reference-date",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day the articles appeared, for dates written without a year",
    )
    output_options(parse)

    demo = sub.add_parser("demo", help="parse the bundled seed articles")
    output_options(demo)

    schema = sub.add_parser("schema", help="print a model's JSON Schema")
    schema.add_argument("model", type=_model, metavar="NAME", help="e.g. Meeting")

    validate = sub.add_parser("validate", help="check a JSON or JSONL file of records")
    validate.add_argument("file", metavar="FILE", help="'-' reads stdin")
    validate.add_argument(
        "--type",
        dest="model",
        type=_model,
        default=models.Extraction,
        metavar="NAME",
        help="the record type of every line (default: extraction); 'result' "
        "reads what 'thaidigital parse' and 'demo' write",
    )
    return parser


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file that appears only once it is complete."""
    if path is None:
        yield sys.stdout
        return
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise _OutputError(path, "it is a directory")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".thaidigital-", suffix=".tmp")
    except OSError as exc:
        raise _OutputError(path, exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fp:
            yield fp
        # The mode a shell redirect would give: what the umask allows.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        os.unlink(tmp)
        raise _OutputError(path, exc.strerror or str(exc)) from exc
    except BaseException:
        os.unlink(tmp)
        raise


class _OutputError(Exception):
    """The output file cannot be written; the message names the user's path."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot write {path!r}: {reason}")


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    with open(name, encoding="utf-8") as fp:
        return fp.read()


def _parse_one(name: str, text: str, args: argparse.Namespace) -> dict[str, Any]:
    when = getattr(args, "reference_date", None)
    article = parse_article(
        text,
        url=getattr(args, "url", None),
        outlet=getattr(args, "outlet", None),
        reference_date=when,
    )
    return {
        "file": name,
        "article": to_dict(article),
        "extraction": to_dict(extract(article, reference_date=when)),
    }


def _run_parse(inputs: Sequence[tuple[str, Any]], args: argparse.Namespace) -> int:
    failed = 0
    results: list[dict[str, Any]] = []
    for name, source in inputs:
        try:
            text = source() if callable(source) else _read(source)
            results.append(_parse_one(name, text, args))
        except (OSError, UnicodeDecodeError, ThaiDigitalError) as exc:
            print(f"thaidigital: {name}: {exc}", file=sys.stderr)
            failed += 1
    if failed and not results and args.output is not None:
        return 1  # nothing read: no output file is written
    with _output(args.output) as out:
        if args.format == "jsonl":
            for result in results:
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            out.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0


def _documents(name: str, text: str) -> Iterator[tuple[str, str]]:
    """A ``.json`` file is one document; anything else is JSON Lines."""
    if name.endswith(".json"):
        yield name, text
        return
    # JSON Lines parts lines at "\n" only: a U+2028 inside a string (a file
    # name that holds one) is no line break.
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield f"{name}:{number}", line.removesuffix("\r")


def _result_problems(document: str) -> list[str]:
    """Check one parse result: ``{"file", "article", "extraction"}``."""
    try:
        data = read_json(document, "result")
    except DocumentError as exc:
        return list(exc.errors)
    items = data if isinstance(data, list) else [data]
    problems: list[str] = []
    for index, item in enumerate(items):
        root = f"$[{index}]" if isinstance(data, list) else "$"
        if not isinstance(item, dict) or set(item) != {"file", "article", "extraction"}:
            problems.append(
                f"expected an object with file, article and extraction @ {root}"
            )
            continue
        for key, cls in (
            ("article", models.Article),
            ("extraction", models.Extraction),
        ):
            try:
                from_dict(item[key], cls)
            except DocumentError as exc:
                problems.extend(
                    e.replace(" @ $", f" @ {root}.{key}", 1) for e in exc.errors
                )
    return problems


def _run_validate(args: argparse.Namespace) -> int:
    cls = args.model
    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"thaidigital: {args.file}: {exc}", file=sys.stderr)
        return 1
    good = bad = 0
    for where, document in _documents(args.file, text):
        if cls is _Result:
            problems = _result_problems(document)
        else:
            try:
                from_json(document, cls)
                problems = []
            except DocumentError as exc:
                problems = [str(exc)]
        if problems:
            print(f"thaidigital: {where}: " + "\n  ".join(problems), file=sys.stderr)
            bad += 1
        else:
            good += 1
    label = "parse result" if cls is _Result else cls.__name__
    print(f"{args.file}: {good} valid, {bad} invalid {label} records")
    return 1 if bad else 0


#: The exit status when ``-o`` cannot be written.
EXIT_OUTPUT = 3
#: The exit status when the reader of standard output went away (128 + SIGPIPE).
EXIT_CLOSED_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Example:
        >>> from thaidigital.cli import main
        >>> main(["schema", "Country"])  # doctest: +ELLIPSIS
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
        ...
        0

    .. versionadded:: 0.1.0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "parse" and args.url and len(args.files) > 1:
        parser.error("--url names one article; give one FILE with it")
    try:
        return _dispatch(args)
    except _OutputError as exc:
        print(f"thaidigital: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    except BrokenPipeError:
        # The reader went away (`thaidigital demo | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_CLOSED_PIPE


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "schema":
        print(json.dumps(json_schema(args.model), ensure_ascii=False, indent=2))
        return 0
    if args.command == "validate":
        return _run_validate(args)
    if args.command == "demo":
        inputs = [(p.name, p.read_text) for p in seed_files()]
        return _run_parse(inputs, args)
    return _run_parse([(name, name) for name in args.files], args)
