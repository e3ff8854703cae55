"""File -> text -> documents -> records. Nothing here talks to a database."""

from __future__ import annotations

from pathlib import Path

from language.text import Text
from loaders.errors import LoadError, VanbanError
from loaders.read import SUPPORTED, read_text
from loaders.records import FileRecord

__all__ = ["LoadError", "VanbanError", "extract_file", "extract_text", "read_text", "SUPPORTED", "FileRecord"]


def __getattr__(name: str):  # noqa: ANN202
    # the readers load on first use: `vanban restore` and the web server's start do not pay for them
    if name == "extract_text":
        from loaders.extract import extract_text

        return extract_text
    raise AttributeError(name)


def extract_file(path: str | Path, learned: Path | None = None) -> FileRecord:
    """Read and extract one file; raises `LoadError` for a file that is not a readable document.
    `learned`: the restorer's counts learnt from a graph's accented documents (see `restore.learn`)."""
    from language.restore import learned_from
    from loaders.extract import read_documents

    if learned is not None:
        with learned_from(learned):
            return extract_file(path)

    source = read_text(path)
    return FileRecord(source=str(path), documents=read_documents(Text.from_source(source)), text=source)
