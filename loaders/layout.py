"""Layout: where each document of a file lies, and the parts (sections) of each document.

Nghị định 30/2020/NĐ-CP, Phụ lục I fixes the parts of every administrative document:
header (quốc hiệu, issuing body, số/ký hiệu, place and date), title (type and trích yếu),
preamble (căn cứ ban hành), body (articles or I./II. sections), execution clause,
signature and nơi nhận. The other readers each read one part; `sections` says where each lies.
"""

from __future__ import annotations

from dataclasses import dataclass

from language.text import Text, fold, norm_space
from loaders import patterns as P

KINDS = ("header", "title", "preamble", "body", "article", "execution", "signature", "recipients")


@dataclass
class Section:
    """One part of a document; start and end are offsets in the cleaned text."""

    kind: str
    start: int
    end: int
    heading: str | None = None


def split_documents(text: Text) -> list[tuple[int, int]]:
    """Where each document of a file starts: at each header that opens with the national motto."""
    starts = [0]
    mottos = sorted([*P.MOTTO.finditer(text.folded), *P.PARTY_MOTTO.finditer(text.folded)], key=lambda m: m.start())
    for m in mottos:
        line_start = text.folded.rfind("\n", 0, m.start()) + 1
        if line_start - starts[-1] > 1500:
            starts.append(line_start)
    ends = starts[1:] + [len(text.clean)]
    return list(zip(starts, ends))


def preamble_end(text: Text, title_end: int, seg_end: int) -> int:
    """Where the preamble stops: "QUYẾT ĐỊNH:", "Điều 1", or the first section heading of a plan."""
    folded = text.folded
    found = [m.start() for m in (P.BODY_START.search(folded, title_end, seg_end),
                                 P.DECIDES.search(folded, title_end, seg_end),
                                 P.BASIS_HEADING_LINE.search(folded, title_end, seg_end)) if m]
    return min(found) if found else min(seg_end, title_end + 2500)


def sections(text: Text, seg: tuple[int, int], header_end: int, title_end: int) -> list[Section]:
    """The parts of the document in `seg`, in reading order (articles and execution inside the body)."""
    folded, clean = text.folded, text.clean
    s0, s1 = seg
    out = [Section("header", s0, header_end)]
    if title_end > header_end:
        out.append(Section("title", header_end, title_end))
    if title_end < header_end and not P.PREAMBLE_LINE.search(folded, s0, header_end):
        title_end = header_end  # no title: the preamble follows the header
    pre_end = preamble_end(text, title_end, s1)
    if pre_end > title_end:
        out.append(Section("preamble", title_end, pre_end))
    rec = P.RECIPIENTS.search(folded, pre_end, s1)
    sig = None
    for m in P.SIGNATURE_HEAD.finditer(folded, pre_end, s1):
        sig = m
        break
    body_end = min(x for x in (rec.start() if rec else s1, sig.start() if sig else s1))
    out.append(Section("body", pre_end, body_end))
    # headings "I. CĂN CỨ PHÁP LÝ" / "CĂN CỨ XÂY DỰNG KẾ HOẠCH": a legal basis listed inside the body
    bare = list(P.BASIS_HEADING_LINE.finditer(folded, pre_end, body_end))
    heads = sorted([*P.ROMAN_HEADING.finditer(folded, pre_end, body_end),
                    *(h for h in bare if not P.ROMAN_HEADING.match(folded, h.start(), h.end()))], key=lambda h: h.start())
    for i, h in enumerate(heads):
        if P.BASIS_HEADING.match(h.group("text")):
            end = heads[i + 1].start() if i + 1 < len(heads) else body_end
            out.append(Section("preamble", h.start(), end, norm_space(clean[h.start():h.end()])))
    arts = list(P.ARTICLE.finditer(folded, pre_end, body_end))
    for i, a in enumerate(arts):
        end = arts[i + 1].start() if i + 1 < len(arts) else body_end
        out.append(Section("article", a.start(), end, norm_space(clean[a.start():a.end()]).rstrip(".: ")))
    found = [ex.span() for rx in (P.EXECUTION, P.EXECUTION_BARE) for ex in rx.finditer(folded, pre_end, body_end)]
    found += [(a, b) for a, b in carried_out(folded, pre_end, body_end)
              if names_office_holders(folded, clause_start(text, a, pre_end), a)]
    spans: list[tuple[int, int]] = []
    for ex_start, ex_end in sorted(found):
        start = clause_start(text, ex_start, pre_end)
        if not any(a <= start < b for a, b in spans):
            spans.append((start, ex_end))
    if not spans and arts:
        # the text ends inside the last article: its last paragraph may be an execution clause cut short
        tail_start = max(arts[-1].end(), folded.rfind(".\n", arts[-1].end(), body_end) + 2)
        while tail_start < body_end and folded[tail_start] in " \n":
            tail_start += 1
        if P.EXECUTION_OPENING.match(folded, tail_start, body_end):
            spans.append((tail_start, body_end))
    out.extend(Section("execution", a, b) for a, b in spans)
    if sig:
        out.append(Section("signature", sig.start(), rec.start() if rec and rec.start() > sig.start() else s1))
    if rec:
        out.append(Section("recipients", rec.start(), sig.start() if sig and sig.start() > rec.start() else s1))
    return sorted(out, key=lambda s: (s.start, -s.end))


def carried_out(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "... (tổ chức) (triển khai) thực hiện Quyết định này": where each such verb group starts and ends, but
    "giám sát việc thực hiện ..." (watching it done)."""
    out = []
    for m in P.EXECUTION_CARRY_OUT.finditer(folded, start, end):
        lo = max(start, m.start() - 40)
        verb = P.CARRY_OUT_LEAD.search(folded, lo, m.start()).start()
        if not P.WATCHED.search(folded, max(start, verb - 8), verb):
            out.append((verb, m.end()))
    return out


def names_office_holders(folded: str, start: int, end: int) -> bool:
    """Whether a clause opens with the office-holders or bodies who carry a decision out ("Chánh Văn phòng UBND
    tỉnh, Giám đốc Sở ..., Thủ trưởng các cơ quan ... tổ chức thực hiện Quyết định này"), not with a task given
    to one body ("Giao Sở Tư pháp hướng dẫn, kiểm tra thực hiện Quyết định này")."""
    clause = folded[start:end]
    if P.GIVE.match(clause):
        return False
    sirs = P.SIRS.match(clause)
    clause = clause[sirs.end():] if sirs else clause
    return bool(P.OFFICE_HOLDER.match(clause) or P.BODY_HEAD_WORD.match(clause) and "," in clause)


def clause_start(text: Text, pos: int, floor: int) -> int:
    """Start of the sentence holding `pos`: after the article number, or after the previous full stop."""
    folded = text.folded
    art = None
    for a in P.ARTICLE.finditer(folded, max(floor, pos - 1500), pos):
        art = a
    start = art.end() if art else floor
    stop = max(folded.rfind(". ", start, pos), folded.rfind(".\n", start, pos))
    if stop >= 0 and not fold(folded[stop - 3:stop + 1]).endswith(("tp.", "tt.", "v.v.")):
        start = stop + 2
    while start < pos and folded[start] in " \n\t":
        start += 1
    return start


def kind_at(secs: list[Section], pos: int) -> Section | None:
    """The innermost section holding `pos` (a basis list inside the body wins over the body)."""
    best = None
    for s in secs:
        if s.start <= pos < s.end and (best is None or s.end - s.start <= best.end - best.start):
            best = s
    return best
