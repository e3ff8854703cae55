"""File -> text -> documents -> records. Nothing here talks to a database."""

from __future__ import annotations

from pathlib import Path

from loaders.errors import LoadError, VanbanError
from loaders.extract import extract_text
from loaders.read import SUPPORTED, read_text
from loaders.records import FileRecord

__all__ = ["LoadError", "VanbanError", "extract_file", "extract_text", "read_text", "SUPPORTED", "FileRecord"]


def extract_file(path: str | Path) -> FileRecord:
    """Read and extract one file; raises `LoadError` for a file that is not a readable document."""
    text = read_text(path)
    return FileRecord(source=str(path), documents=extract_text(text), text=text)
