"""The exception tree: one root, each error also the builtin it refines."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "DocumentError",
    "InvalidValueError",
    "NewerSchemaWarning",
    "ParseError",
    "SchemaVersionError",
    "ThaiDigitalError",
    "UnknownCodeError",
]


class ThaiDigitalError(Exception):
    """Root of every error this library raises on purpose.

    Catch it to handle any of them; catch the builtin an error also subclasses
    (``ValueError``, ``LookupError``) to treat it like its standard kin.

    Example:
        >>> import thaidigital as td
        >>> try:
        ...     td.reference.country("Atlantis")
        ... except td.ThaiDigitalError as error:
        ...     print(type(error).__name__, isinstance(error, LookupError))
        UnknownCodeError True

    .. versionadded:: 0.1.0
    """


class UnknownCodeError(ThaiDigitalError, LookupError):
    """A name or code is not in the reference data.

    Attributes:
        query: The text that was looked up.
        kind: What was looked up ("country", "province", …).
        suggestions: The closest known names, best first (may be empty).

    Example:
        >>> from thaidigital import reference
        >>> reference.province("Chiang Mia")
        Traceback (most recent call last):
        ...
        thaidigital.UnknownCodeError: unknown province 'Chiang Mia'; did you mean 'Chiang Mai'?

    .. versionadded:: 0.1.0
    """

    def __init__(self, kind: str, query: str, suggestions: Sequence[str] = ()) -> None:
        self.kind = kind
        self.query = query
        self.suggestions = tuple(suggestions)
        message = f"unknown {kind} {query!r}"
        if self.suggestions:
            message += (
                "; did you mean " + " or ".join(map(repr, self.suggestions)) + "?"
            )
        super().__init__(message)

    def __str__(self) -> str:
        # LookupError would otherwise repr() the message, quoting it twice.
        return str(self.args[0])


#: The most characters of a value an error message quotes.
_SHOWN_CHARS = 60


def shown(value: object) -> str:
    """``repr(value)``, cut to a readable length for an error message: a
    message names the bad value, it does not repeat a whole article.

    >>> shown("ok")
    "'ok'"
    >>> shown("x" * 500)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (502 characters)"
    """
    text = repr(value)
    if len(text) <= _SHOWN_CHARS:
        return text
    return f"{text[: _SHOWN_CHARS - 1]}… ({len(text)} characters)"


class InvalidValueError(ThaiDigitalError, ValueError):
    """A model was given a value its domain does not allow.

    Raised by the models' validators at construction, so no invalid record
    ever exists. The message names the field and the bad value.

    Attributes:
        field: The name of the offending field, with an index where the
            problem is one item of a sequence (``"parties[1]"``).
        value: The value that was refused.
        problem: What is wrong, without the field name.

    Example:
        >>> import thaidigital as td
        >>> td.PartialDate(year=2025, month=2, day=30)
        Traceback (most recent call last):
        ...
        thaidigital.InvalidValueError: day: 30 is not a day of 2025-02

    .. versionadded:: 0.1.0
    """

    def __init__(self, field: str, value: object, problem: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class ParseError(ThaiDigitalError, ValueError):
    """Text could not be read as what was asked for.

    The message names the text and what was expected.

    Example:
        >>> import thaidigital as td
        >>> td.PartialDate.parse("16 January")
        Traceback (most recent call last):
        ...
        thaidigital.ParseError: '16 January' is not an ISO 8601 date such as 2025, 2025-01, 2025-01-16 or --01-16

    .. versionadded:: 0.1.0
    """


class DocumentError(ThaiDigitalError, ValueError):
    """A document (dict, JSON or a JSONL line) does not describe a valid record.

    One exception carries every problem found. ``errors`` lists them as
    ``message @ $.path`` strings, and the underlying cattrs exception group is
    kept as ``__cause__`` for debugging.

    Attributes:
        errors: Every problem, each as ``"message @ $.path"``.
        line: The 1-based line number for a JSONL document, else ``None``.

    Example:
        >>> import thaidigital as td
        >>> td.from_dict({"year": 2025}, td.Quantity)
        Traceback (most recent call last):
        ...
        thaidigital.DocumentError: invalid Quantity document (2 problems):
          required field missing @ $.value
          unknown field 'year' @ $

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, what: str, errors: Sequence[str], *, line: int | None = None
    ) -> None:
        self.errors = tuple(errors)
        self.line = line
        where = f" on line {line}" if line is not None else ""
        count = len(self.errors)
        noun = "problem" if count == 1 else "problems"
        lines = "".join(f"\n  {e}" for e in self.errors)
        super().__init__(f"invalid {what} document{where} ({count} {noun}):{lines}")


class SchemaVersionError(DocumentError):
    """A document was written by a newer, incompatible version of the schema.

    Example:
        >>> import thaidigital as td
        >>> td.from_dict({"schema_version": "2.0", "article_id": "a"}, td.Extraction)
        Traceback (most recent call last):
        ...
        thaidigital.SchemaVersionError: invalid Extraction document (1 problem):
          schema version 2.0 is newer than this library's 1.0; upgrade thaidigital to read it @ $.schema_version

    .. versionadded:: 0.1.0
    """


class NewerSchemaWarning(UserWarning):
    """A document from a newer minor version of the schema was read, and the
    fields this library does not know were left out (named in the message).

    A newer minor version only adds optional fields, so what is read is
    right as far as it goes; a newer major version is refused
    (:class:`SchemaVersionError`).

    Example:
        >>> import warnings, thaidigital as td
        >>> data = {"schema_version": "1.9", "article_id": "a1", "mood": "calm"}
        >>> with warnings.catch_warnings(record=True) as seen:
        ...     warnings.simplefilter("always")
        ...     record = td.from_dict(data, td.Extraction)
        >>> record.article_id
        'a1'
        >>> print(seen[0].message)
        Extraction document of schema 1.9 (this library reads 1.0): left out the fields it does not know: 'mood' @ $

    .. versionadded:: 0.1.0
    """


# Shown as ``thaidigital.ParseError`` in tracebacks and docs, where users
# import them from, not as the private module they are defined in.
for _cls in (
    ThaiDigitalError,
    UnknownCodeError,
    InvalidValueError,
    ParseError,
    DocumentError,
    SchemaVersionError,
    NewerSchemaWarning,
):
    _cls.__module__ = "thaidigital"
