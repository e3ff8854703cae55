"""The preamble (căn cứ ban hành): which relation each reference of it carries.

The preamble is a list of clauses, each opened by its own words: "Căn cứ" (basis),
"Thực hiện" / "Triển khai" (implements), "Ban hành kèm theo" (promulgated_by),
"Theo đề nghị" / "Xét đề nghị ... tại Tờ trình" (a proposal: cites). A clause lists one
or more documents ("Căn cứ A; B; C", "Thực hiện A, B và C"): each item carries the clause's
relation. A document named inside another's title ("... phê duyệt Đề án ... theo Nghị quyết
30c/NQ-CP") is only cited. Items under a heading "CĂN CỨ PHÁP LÝ" are basis without the words.
"""

from __future__ import annotations

import re

from loaders import patterns as P
from loaders.layout import Section, kind_at
from loaders.text import Text

# Where one clause of a preamble ends and the next begins.
_CLAUSE_BREAK = re.compile(
    r";|\.(?=\s)|\n(?=\s*[-+•]\s)|\n(?=\s*\d{1,2}\s*[.)]\s)|:\s*\n|"
    r"[,\s]\s*\n(?=\s*(?:c[a-z]{1,2}n\s+c[a-z]{1,3}\b|th[a-z]{1,2}c\s+hi[a-z]{1,2}n\b|tri[a-z]{1,2}n\s+khai\b|"
    r"(?:theo|x[a-z]{1,2}t)\s+(?:[dđ][a-z]{1,2}\s+ngh|t[a-z]{1,2}\s+tr)))",
    re.I,
)
_OPENER_LEAD = re.compile(r"[\s\-+•*\d.)(]*")
# A clause that only goes on with the list: it opens with a type word or "số".
_CONTINUES = re.compile(
    r"(?:c[a-z]{0,2}c\s+)?(?:quy[a-z]{0,2}t\s+[dđ]|ngh[a-z]{0,2}\s+(?:quy|[dđ])|ch[a-z]{0,2}\s+th|k[a-z&]{0,2}\s+ho|"
    r"th[a-z]{0,2}ng\s+(?:t|b)|h[a-z]{0,3}ng\s+d|ch[a-z]{0,3}ng\s+tr|c[a-z]{0,2}ng\s+v|v[a-z]{0,2}n\s+b|k[a-z]{0,2}t\s+lu|"
    r"lu[a-z]{0,2}t\b|t[a-z]{0,2}\s+tr[a-z]{0,2}nh|s[o0-9]\b|\d)",
    re.I,
)
# What stands between two items of one list: a comma, "và", "và các", a semicolon.
_LIST_JOIN = re.compile(r"(?:[,;]\s*(?:v[a-z]{1,2}\s+)?|\s+v[a-z]{1,2}\s+|\s+c[u&][a-z]{0,2}ng\s+nh[u&][a-z]{0,2}\s+)(?:c[a-z]{1,2}c\s+)?$", re.I)


def clause_kind(head: str) -> str | None:
    """The relation a clause's opening words give, or None when they give none."""
    if P.CLAUSE_PROMULGATED.match(head):
        return "promulgated_by"
    if P.CLAUSE_BASIS.match(head):
        return "basis"
    if P.CLAUSE_IMPLEMENTS.match(head):
        return "implements"
    if P.CLAUSE_PROPOSAL.match(head) or re.match(r"(?:theo|x[a-z]{1,2}t)\b", head, re.I):
        return "cites"
    return None


def _clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _CLAUSE_BREAK.finditer(folded, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def relations(text: Text, secs: list[Section], mentions: list[tuple[int, int]]) -> list[str]:
    """The relation of each mention, given (start of its type word, end of its citation) pairs in order."""
    folded = text.folded
    clause_cache: dict[int, list[tuple[int, int, str | None]]] = {}
    out: list[str] = []
    last_in_clause: dict[tuple[int, int], int] = {}
    for start, cend in mentions:
        sec = kind_at(secs, start)
        if sec is None or sec.kind != "preamble":
            out.append("cites")
            continue
        if sec.start not in clause_cache:
            kinds: list[tuple[int, int, str | None]] = []
            prev: str | None = "basis" if sec.heading else None
            for cs, ce in _clauses(folded, sec.start, sec.end):
                lead = _OPENER_LEAD.match(folded, cs, ce)
                head = folded[lead.end():lead.end() + 40]
                kind = clause_kind(head)
                if kind is None and prev in ("basis", "implements") and _CONTINUES.match(head):
                    kind = prev  # "Căn cứ A; B; C": the list goes on
                if kind is None and sec.heading and _CONTINUES.match(head):
                    kind = "basis"
                kinds.append((cs, ce, kind))
                if kind is not None or head.strip():
                    prev = kind
            clause_cache[sec.start] = kinds
        clause = next(((cs, ce, k) for cs, ce, k in clause_cache[sec.start] if cs <= start < ce), None)
        if clause is None or clause[2] is None:
            out.append("cites")
            continue
        cs, ce, kind = clause
        prev_end = last_in_clause.get((cs, ce))
        last_in_clause[(cs, ce)] = cend
        if prev_end is not None and prev_end <= start and not _LIST_JOIN.search(folded[max(prev_end, start - 40):start]):
            out.append("cites")  # named inside the previous item's title
            continue
        out.append(kind)
    return out
