"""Refuse writes before they reach the database (the database call is read-only as well)."""

from __future__ import annotations

import re

from loaders.errors import QueryError

_WRITE = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|LOAD\s+CSV|FOREACH|CALL)\b", re.IGNORECASE)
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)


def check_read_only(query: str) -> None:
    """Raise QueryError for a write, a procedure call or several statements, however hidden."""
    bare = _STRINGS.sub("''", _COMMENTS.sub(" ", query))
    m = _WRITE.search(bare)
    if m:
        raise QueryError(f"only read queries are allowed here ('{m.group(1).upper()}' writes or calls a procedure)")
    if ";" in bare.strip().rstrip(";"):
        raise QueryError("only one statement is allowed")
