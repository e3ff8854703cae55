"""Which node a document is, across slips in its issuer's name.

A document's key holds its issuer ("2021-qd-5-ban-quan-ly-du-an-..."), so an OCR or restoration slip in one
citation ("Ban Quản lý dự dân") would make a second node of the same decision and split its citations. The same
number, the same year and a near-identical issuer are one document: the first key seen stands for it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from graph.store import GraphStore
from language.text import fold

KNOWN = "UNWIND $numbers AS n MATCH (d:Document {number_key: n}) RETURN n AS n, d.key AS key, d.issuer AS issuer, d.year AS year"
NEAR = 0.9  # folded issuer names this alike are one body written twice


class Identities:
    """Keys seen so far by number: this run's batches, and what the graph held before them."""

    def __init__(self, graph_empty: bool = False) -> None:
        self._seen: dict[str, list[tuple[str, str, int | None]]] = {}
        self._asked: set[str] = set()
        self._graph_empty = graph_empty  # a first load: every key is in this process, the graph has none to give

    def learn(self, store: GraphStore, numbers: Iterable[str]) -> None:
        """Ask the graph once for the documents it holds under these numbers."""
        if self._graph_empty:
            return
        ask = sorted({n for n in numbers if n and n not in self._asked})
        self._asked.update(ask)
        for i in range(0, len(ask), 5000):
            for row in store.read(KNOWN, {"numbers": ask[i:i + 5000]}):
                self._remember(row["n"], row["key"], row["issuer"], row["year"])

    def resolve(self, key: str, number: str, issuer: str | None, year: int | None) -> str:
        """The key to use for a document computed as `key`: an earlier key of the same document, or its own."""
        known = self._seen.get(number, [])
        for k, seen_issuer, seen_year in known:
            if k == key:
                return key
            if issuer and seen_issuer and seen_year == year and _near(issuer, seen_issuer):
                return k
        self._remember(number, key, issuer, year)
        return key

    def _remember(self, number: str, key: str, issuer: str | None, year: int | None) -> None:
        entries = self._seen.setdefault(number, [])
        if all(k != key for k, _, _ in entries):
            entries.append((key, fold(issuer) if issuer else "", year))


def _near(issuer: str, seen_folded: str) -> bool:
    a = fold(issuer)
    return a == seen_folded or difflib.SequenceMatcher(None, a, seen_folded).ratio() >= NEAR
