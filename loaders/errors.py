"""The one exception hierarchy of Vanban Graph."""

from __future__ import annotations


class VanbanError(Exception):
    """Base of every error the application reports to a person."""


class LoadError(VanbanError):
    """A file could not be read as a document; the message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path, self.problem = path, problem

    def __reduce__(self) -> tuple:  # raised in a reading process, received whole by the web server
        return (type(self), (self.path, self.problem))


class StoreError(VanbanError):
    """The graph store could not be reached or refused an operation."""


class StoreBusy(StoreError):
    """The store is taking a write, and a long read (a console query) may not start until it is done."""


class QueryError(VanbanError):
    """A query could not run: unknown name, bad parameter, refused write, timeout.

    `detail` is the database's own words, when it refused (they are in English); the message says in
    Vietnamese what happened, and both are printed together."""

    def __init__(self, message: str, detail: str | None = None) -> None:
        super().__init__(f"{message}: {detail}" if detail else message)
        self.message, self.detail = message, detail

    def __reduce__(self) -> tuple:
        return (type(self), (self.message, self.detail))


class QueryTimeout(QueryError):
    """A query ran past its deadline and was stopped by the database."""
