"""The header: issuing body (and its parent), số/ký hiệu, place and date, type and trích yếu."""

from __future__ import annotations

import difflib
import re

from loaders import patterns as P
from loaders.citations import parse_number
from loaders.context import Context, iso, lines_of, place_name, sentence, set_unit, upper_share
from loaders.tables import DOC_TYPES, TYPE_WORDS
from loaders.text import Text, fold, norm_space
from loaders.vocab import recase, restore


def header(text: Text, seg: tuple[int, int], ctx: Context) -> dict:
    lines = lines_of(text, seg)
    clean, folded = text.clean, text.folded
    head: dict = {"number": None, "type": None, "issuer": None, "issuer_unit": None, "date": None,
                  "place": None, "title": None, "flags": [], "code": None, "title_end": seg[0]}
    issuer_lines: list[str] = []
    number_idx = date_idx = None
    for i, (s, e) in enumerate(lines[:25]):
        f = folded[s:e]
        left_end = e
        for rx in (P.MOTTO, P.INDEPENDENCE):
            mm = rx.search(f)
            if mm:
                left_end = min(left_end, s + mm.start())
        if number_idx is None and P.NUMBER_LINE.match(f):
            number_idx = i
            nm = P.REFERENCE_NUMBER.search(f)
            if nm:
                number, tcode, org, _, _ = parse_number(nm, f, None)
                head["number"], head["code"] = number, org
                head["type_code"] = tcode
        dm = P.DATE_IN_LINE.search(f)
        if date_idx is None and dm:
            date_idx = i
            head["date"] = iso(int(dm.group("d")), int(dm.group("m")), int(dm.group("y")))
            place = norm_space(clean[s + dm.start("place"):s + dm.end("place")])
            place = re.sub(r"^.*[/:\d]\S*\s*", "", place)  # what the number line has before the place
            head["place"] = place_name(place, None, ctx) if place else None
        if number_idx is None and date_idx is None:
            left = norm_space(clean[s:left_end])
            if left and upper_share(left) > 0.6:
                issuer_lines.append(left)
    # type word and title
    start_idx = max(i for i in (number_idx, date_idx, -1) if i is not None) + 1
    title_lines: list[str] = []
    i = start_idx
    while i < len(lines):
        s, e = lines[i]
        line = norm_space(clean[s:e]).strip("' ")
        i += 1
        if not line:
            if title_lines:
                break
            continue
        if head["type"] is None and upper_share(line) > 0.8:
            tw = _type_of_heading(line)
            if tw:
                head["type"] = tw
                continue
        if head["type"] is None and not title_lines and upper_share(line) > 0.8:
            continue
        f = folded[s:e].strip(" (-")
        if P.CLAUSE_BASIS.match(f) or P.CLAUSE_PROMULGATED.match(f) or P.CLAUSE_IMPLEMENTS.match(f) \
                or line.startswith("(") or upper_share(line) > 0.8 and title_lines:
            break
        title_lines.append(line)
        head["title_end"] = e
        if len(title_lines) >= 4:
            break
    if head["type"] is None and head.get("type_code"):
        head["type"] = DOC_TYPES.get(head["type_code"])
    if title_lines:
        head["title"] = sentence(restore(" ".join(title_lines), force=ctx.ocr))
    head["issuer_lines"] = issuer_lines
    return head


def _type_of_heading(line: str) -> str | None:
    f = fold(line).strip(" :")
    f = re.sub(r"[^a-z ]", "", f)
    for tw in TYPE_WORDS:
        if difflib.SequenceMatcher(None, f, fold(tw)).ratio() >= 0.85:
            return tw
    return None


def issuer_of(lines: list[str], ctx: Context, head: dict, seg_text: str, folded_seg: str) -> tuple[str | None, list[str]]:
    """The issuing body from the header lines (or, failing them, from the opening text)."""
    folded = [norm_space(fold(x)) for x in lines]
    parent = None
    if folded:
        m = P.PEOPLES_COMMITTEE.match(folded[0])
        if m and not m.group("level") and len(lines) >= 2:
            lm = re.match(P.LEVEL_PATTERN, folded[1])
            if lm:
                level = P.level_of(lm.group("level"))
                name = place_name(lines[1][lm.end():], level, ctx)
                set_unit(ctx, level, name)
                ctx.is_committee = True
                return f"UBND {level} {name}", []
        if m and m.group("level"):
            level = P.level_of(m.group("level"))
            name = place_name(" ".join(lines[0].split()[-len(m.group("name").split()):]), level, ctx) \
                if m.group("name") else None
            if name:
                set_unit(ctx, level, name)
                parent = f"{level} {name}"
                if len(lines) == 1:
                    ctx.is_committee = True
                    return f"UBND {level} {name}", []
        body_lines = lines[1:] if parent else lines
        if body_lines:
            body = sentence(recase(restore(" ".join(body_lines), force=True)))
            body = re.sub(r"\b(tỉnh|thành phố|huyện|thị xã|xã|phường)\s+([a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?)$",
                          lambda x: f"{x.group(1)} {place_name(x.group(2), x.group(1), ctx)}", body)
            if parent and not re.search(r"\b(tỉnh|thành phố|huyện|thị xã|xã|phường)\b", body):
                body = f"{body} {parent}"
            return body, []
    # no header lines: "UBND xã ban hành ..." in the opening text, the unit named in the title
    m = re.search(rf"\b(?:UBND|Uy ban nhan dan)\s+{P.LEVEL_PATTERN}\b", folded_seg[:3000], re.I)
    if m:
        level = P.level_of(m.group("level"))
        for mm in P.LEVEL_AND_NAME.finditer(seg_text[:3000]):
            if P.level_of(mm.group("level")) == level:
                name = place_name(mm.group("name"), level, ctx)
                set_unit(ctx, level, name)
                ctx.is_committee = True
                return f"UBND {level} {name}", ["issuer_inferred"]
    return None, ["issuer_ambiguous"]
