"""Serialization through one cattrs converter: dict, JSON, JSONL, JSON Schema.

The wire decisions are listed in :func:`~thaidigital.configure_converter`.
"""

from thaidigital.serialize._converter import TAGS, configure_converter, make_converter
from thaidigital.serialize._documents import (
    SCHEMA_VERSION,
    dump_jsonl,
    from_dict,
    from_json,
    load_jsonl,
    to_dict,
    to_json,
)
from thaidigital.serialize._schema import json_schema

__all__ = [
    "SCHEMA_VERSION",
    "TAGS",
    "configure_converter",
    "dump_jsonl",
    "from_dict",
    "from_json",
    "json_schema",
    "load_jsonl",
    "make_converter",
    "to_dict",
    "to_json",
]
