"""Assignments: the bodies a document gives work to, from its task list and its execution clause."""

from __future__ import annotations

import re

from loaders import patterns as P
from loaders.context import Context, restored, sentence
from loaders.records import Assignment
from loaders.tables import BODY_HEADS
from loaders.text import Text, fold, norm_space


def _body_head(name: str) -> bool:
    f = fold(name)
    return any(f.startswith(fold(h).lower() + " ") or f == fold(h).lower() for h in BODY_HEADS)


def assignments(text: Text, seg: tuple[int, int], ctx: Context, unit: str | None) -> list[Assignment]:
    folded, clean = text.folded, text.clean
    sec = P.IMPLEMENTATION_HEADING.search(folded, seg[0], seg[1])
    zones: list[tuple[int, int, re.Pattern]] = []
    if sec:
        end = P.SECTION_END.search(folded, sec.end(), seg[1])
        zones.append((sec.end(), end.start() if end else seg[1], P.ITEM))
    arts = [a for a in P.ARTICLE.finditer(folded, seg[0], seg[1]) if int(a.group("n")) >= 2]
    if arts:
        end = P.SECTION_END.search(folded, arts[0].start(), seg[1])
        zones.append((arts[0].start(), end.start() if end else seg[1], P.ARTICLE))
    out: list[Assignment] = []
    seen: set[str] = set()
    for zs, ze, item_rx in zones:
        items = list(item_rx.finditer(folded, zs, ze))
        for k, it in enumerate(items):
            rest_start = it.end() if item_rx is P.ARTICLE else it.start("rest")
            item_end = items[k + 1].start() if k + 1 < len(items) else ze
            line_end = folded.find("\n", rest_start, item_end)
            line_end = item_end if line_end < 0 else line_end
            head = folded[rest_start:line_end]
            suggestion = False
            sm = P.SUGGESTION.match(head)
            if sm:
                suggestion = True
                rest_start += sm.end()
                head = folded[rest_start:line_end]
            stop = P.BODY_NAME_END.search(head)
            name_end = rest_start + (stop.start() if stop else len(head))
            raw = norm_space(clean[rest_start:name_end]).strip(" .,;")
            names = _expand_heads(raw, clean[rest_start:item_end], folded[rest_start:line_end], ctx)
            body_text = norm_space(clean[name_end:item_end]).lstrip(":. ")
            tasks = [t.strip(" -+;.") for t in re.split(r"(?:^|\s)[-+]\s", body_text) if t.strip(" -+;.")]
            ftasks = fold(body_text)
            role = "coordinate" if tasks and P.COORDINATE.match(fold(tasks[0])) else "lead"
            for name in names:
                if not _body_head(name) or len(name) > 120:
                    continue
                key = fold(name)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Assignment(
                    body=name, unit=unit, role=role, suggestion=suggestion,
                    requires_plan=bool(P.REQUIRES_PLAN.search(ftasks)), tasks=tasks,
                    span=text.source_span(it.start(), item_end),
                ))
    return out


def _expand_heads(raw: str, line: str, fline: str, ctx: Context) -> list[str]:
    """ "Trưởng phòng: A, B và C" names the departments A, B and C."""
    m = P.HEAD_OF_DEPARTMENTS.match(fline)
    if m:
        listed = norm_space(line[m.end():])
        listed = re.sub(r"\s*\(.*?\)\s*", " ", listed)
        cut = re.search(r"\s(?:ch[a-z]{1,2}u|c[o0][a-z]?)\s+tr[a-z]{1,3}ch\s+nhi", fold(listed))
        listed = listed[:cut.start()] if cut else listed
        parts = re.split(r",\s*|\s+v[aà]\s+", listed)
        out = []
        for p in parts:
            p = p.strip(" .")
            if p and "lien quan" not in fold(p) and not fold(p).startswith("cac "):
                out.append(sentence(restored(f"Phòng {p}", ctx)))
        return out
    raw = re.sub(r"\s*\(.*?\)\s*", " ", raw).strip()
    return [sentence(restored(raw, ctx))]
