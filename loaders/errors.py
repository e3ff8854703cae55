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


class QueryError(VanbanError):
    """A query could not run: unknown name, bad parameter, refused write, timeout."""


class QueryTimeout(QueryError):
    """A query ran past its deadline and was stopped by the database."""
