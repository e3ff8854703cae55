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

from language.text import Text
from loaders import patterns as P
from loaders.layout import Section, kind_at


def clause_kind(head: str) -> str | None:
    """The relation a clause's opening words give, or None when they give none."""
    if P.CLAUSE_PROMULGATED.match(head):
        return "promulgated_by"
    if P.CLAUSE_BASIS.match(head):
        return "basis"
    if P.CLAUSE_IMPLEMENTS.match(head):
        return "implements"
    purpose = P.PURPOSE.match(head)  # "Để (tiếp tục) triển khai thực hiện Nghị quyết ..., UBND tỉnh ban hành ..."
    if purpose and P.CLAUSE_IMPLEMENTS.match(head, purpose.end()):
        return "implements"
    if P.CLAUSE_PROPOSAL.match(head) or re.match(r"(?:theo|x[a-z]{1,2}t)\b", head, re.I):
        return "cites"
    return None


def _clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in P.CLAUSE_BREAK.finditer(folded, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def _numbered_items_share(folded: str, kinds: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """ "1. Nghị định ...; 2. Thông tư ...; 3. Căn cứ Quyết định ...": the items of one numbered list share the
    one relation any of them names."""
    numbered = [i for i, (cs, ce, _) in enumerate(kinds) if P.LIST_ITEM.match(folded, cs, ce)]
    named = {kinds[i][2] for i in numbered} - {None}
    if len(named) != 1:
        return kinds
    kind = named.pop()
    out = list(kinds)
    for i, (cs, ce, k) in enumerate(kinds):
        goes_on = i > 0 and out[i - 1][2] == kind and P.CONTINUES.match(folded, P.OPENER_LEAD.match(folded, cs, ce).end(), ce)
        if k is None and (i in numbered or goes_on):
            out[i] = (cs, ce, kind)
    return out


def relations(text: Text, secs: list[Section], mentions: list[tuple[int, int]]) -> list[str]:
    """The relation of each mention, given (start of its type word, end of its citation) pairs in order."""
    folded = text.folded
    clause_cache: dict[int, list[tuple[int, int, str | None]]] = {}
    out: list[str] = []
    last_in_clause: dict[tuple[int, int], int] = {}
    for start, cend in mentions:
        sec = kind_at(secs, start)
        if sec is not None and sec.kind == "title":
            # "Kế hoạch thực hiện Nghị quyết số ...": the document is the other's carrying out
            out.append("implements" if P.TITLE_IMPLEMENTS.search(folded, max(sec.start, start - 30), start) else "cites")
            continue
        if sec is None or sec.kind != "preamble":
            out.append("cites")
            continue
        if sec.start not in clause_cache:
            kinds: list[tuple[int, int, str | None]] = []
            prev: str | None = "basis" if sec.heading else None
            for cs, ce in _clauses(folded, sec.start, sec.end):
                lead = P.OPENER_LEAD.match(folded, cs, ce)
                head = folded[lead.end():lead.end() + 40]
                kind = clause_kind(head)
                if kind is None and prev in ("basis", "implements") and P.CONTINUES.match(head):
                    kind = prev  # "Căn cứ A; B; C": the list goes on
                if kind is None and sec.heading and P.CONTINUES.match(head):
                    kind = "basis"
                kinds.append((cs, ce, kind))
                if kind is not None or head.strip():
                    prev = kind
            clause_cache[sec.start] = _numbered_items_share(folded, kinds)
        clause = next(((cs, ce, k) for cs, ce, k in clause_cache[sec.start] if cs <= start < ce), None)
        if clause is None or clause[2] is None:
            out.append("cites")
            continue
        cs, ce, kind = clause
        prev_end = last_in_clause.get((cs, ce))
        last_in_clause[(cs, ce)] = cend
        if prev_end is not None and prev_end <= start and not P.LIST_JOIN.search(folded[max(prev_end, start - 40):start]):
            out.append("cites")  # named inside the previous item's title
            continue
        out.append(kind)
    return out
