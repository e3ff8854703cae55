"""The preamble (căn cứ ban hành): which relation each reference of it carries."""

from __future__ import annotations

import re

from loaders import patterns as P


def relation_at(folded: str, pos: int, preamble: tuple[int, int]) -> str:
    if not (preamble[0] <= pos < preamble[1]):
        return "cites"
    starts = [m.end() for m in P.CLAUSE_START.finditer(folded, preamble[0], pos)]
    for s in reversed(starts):
        head = folded[s:s + 40]
        if P.CLAUSE_PROMULGATED.match(head):
            return "promulgated_by"
        if P.CLAUSE_BASIS.match(head):
            return "basis"
        if P.CLAUSE_IMPLEMENTS.match(head):
            return "implements"
        if re.match(r"[A-Za-z]", head) and not re.match(r"(?:s\S{0,2}|[a-z]{1,4}\s)", head):
            break
    return "cites"

