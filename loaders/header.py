"""The header: issuing body (and its parent), số/ký hiệu, place and date, type and trích yếu."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from language.restore import restore_text
from language.tables import DOC_TYPES, ISSUER_CODES, NAMED_BODIES, TYPE_WORDS
from language.text import Text, fold, norm_space
from language.vocab import recase, restore
from loaders import patterns as P
from loaders.citations import fix_code, known_issuer, parse_number
from loaders.context import Context, iso, lines_of, place_name, sentence, set_unit, title_case, upper_share

_HEADER_LIMIT = 2500  # the header of every document fits in its first page


def _flat(s: str) -> str:
    """Line breaks and table rules as spaces, length kept, so that fields broken over lines read as one."""
    return P.RULE.sub(lambda m: " " * len(m.group()), s.replace("\n", " "))


def _own_number(clean: str, flat: str, at: int) -> tuple[str, str | None, str | None, int] | None:
    """The document's own number in its "Số:" field: (number, issuer code, type code, where it ends in `flat`).

    The field is read with the spaces a typist put around its separators taken out ("36 /KH - UBND",
    "367 - QĐ/TWĐTN"), and with the Đ the folded text lost put back from the clean one."""
    spaced = P.SPACED_NUMBER.match(flat, at)
    if not spaced:
        return None
    kept = [i for i in range(spaced.start(), spaced.end()) if not flat[i].isspace()]
    compact = "".join(flat[i] for i in kept)
    nm = P.REFERENCE_NUMBER.match(compact)
    if not nm:
        return None
    number, tcode, org, end, _ = parse_number(nm, compact, None)
    written = "".join(clean[i] for i in kept[:end])
    if len(written) == len(number) and fold(written) == fold(number):
        number = "".join(w if w in "Đđ" else n for n, w in zip(number, written))
    return number, org, tcode, kept[end - 1] + 1 if end else spaced.end()


def _place_before(clean: str, end: int) -> str | None:
    """The place name written just before ", ngày": its capitalised words, back to the previous field."""
    words = re.findall(r"[^\s,|:/]+", clean[max(0, end - 60):end].replace("|", " "))
    out: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper() or re.search(r"\d", w) or len(out) >= 4:
            break
        out.insert(0, w)
    while out and out[0].isupper() and len(out) > 1 and not out[-1].isupper():
        out.pop(0)  # the tail of an upper-case issuer or motto line ("HẠNH PHÚC Cửa Lò")
    return " ".join(out) or None


def header(text: Text, seg: tuple[int, int], ctx: Context) -> dict:
    """Number, date, place, type and title from the first page, whatever its layout."""
    clean, folded = text.clean, text.folded
    head: dict = {"number": None, "type": None, "issuer": None, "issuer_unit": None, "date": None,
                  "place": None, "title": None, "flags": [], "code": None, "type_code": None,
                  "title_end": seg[0], "header_end": seg[0], "authority": None}
    z0, z1 = seg[0], min(seg[1], seg[0] + _HEADER_LIMIT)
    flat = _flat(folded[z0:z1])
    fields_end = 0
    number_at = date_at = None
    for nf in P.NUMBER_FIELD.finditer(flat):
        if nf.start() > 1200:
            break
        own = _own_number(clean[z0:z1], flat, nf.end())
        if own:
            head["number"], head["code"], head["type_code"], end = own
            number_at, fields_end = nf.start(), end
            break
        bm = P.BLANK_NUMBER.match(flat, nf.end())
        if bm:  # an unsigned draft: the symbol without its number
            parts = [fix_code(x) for x in bm.group("sym").split("-") if x]
            tcode = P.TYPE_CODES.get(P.folded_upper(parts[0])) if parts else None
            head["type_code"] = tcode
            head["code"] = parts[1] if tcode and len(parts) > 1 else (parts[0] if parts else None)
            number_at, fields_end = nf.start(), bm.end()
            break
    dm = P.DATE_IN_LINE.search(flat, 0, 1500)
    if dm:
        date_at = dm.start("place")
        head["date"] = iso(int(dm.group("d")), int(dm.group("m")), int(dm.group("y")))
        kw = P.DATE_KEYWORD.search(flat, dm.start("place"), dm.start("d") + 1)
        place = _place_before(clean, z0 + (kw.start() if kw else dm.start("d")))
        head["place"] = place_name(place, None, ctx) if place else None
        fields_end = max(fields_end, dm.end())
    # the issuer block: what stands before the motto, the number and the date
    cut = min(x for x in (number_at, date_at, len(flat)) if x is not None)
    head["issuer_lines"] = _issuer_lines(text, z0, z0 + cut)
    # type heading and title (trích yếu), after the fields
    pos = z0 + fields_end
    lines = [(s, e) for s, e in lines_of(text, (pos, seg[1]))][:30]
    title_lines: list[str] = []
    gap = False  # a blank line ends the title; only the authority line may still follow
    typed = False  # the line before was the type heading: the trích yếu stands right under it (NĐ 30/2020, Phụ lục I)
    opened_title = -1
    for s, e in lines:
        line = norm_space(P.RULE.sub(" ", clean[s:e])).strip("' ")
        if not line:
            gap = bool(title_lines)
            continue
        if gap and not (upper_share(line) > 0.8 and _authority(line)):
            break
        f = folded[s:e].strip(" (-|")
        if head["type"] is None and upper_share(line) > 0.8:
            tw, rest = _type_heading(line)
            if tw:
                head["type"] = tw
                head["header_end"] = s
                head["title_end"] = e
                if rest:
                    title_lines.append(rest)
                typed = not rest
                continue
        if head["type"] is None and not title_lines and upper_share(line) > 0.8 and not P.ABOUT.match(f):
            continue
        # "KẾ HOẠCH / Thực hiện Nghị quyết số ...": under the type heading, "Thực hiện" opens the title, not a clause
        implements_clause = bool(P.CLAUSE_IMPLEMENTS.match(f))
        if implements_clause and typed and not f.rstrip().endswith((";", ":", ",")):
            implements_clause = False
            opened_title = s  # ... nor is it where a flattened title meets its preamble (below)
        typed = False
        if P.BASIS_HEADING_LINE.match(folded, s, e) or P.CLAUSE_BASIS.match(f) or P.CLAUSE_PROMULGATED.match(f) \
                or implements_clause or P.CLAUSE_PROPOSAL.match(f) or P.BODY_START.match(f) \
                or P.LIST_ITEM.match(f) or line.startswith(("(", "Kính gửi", "Kinh gui")):
            break
        if upper_share(line) > 0.8 and title_lines and _authority(line):
            head["authority"] = line
            head["title_end"] = e
            break
        if upper_share(line) > 0.8 and title_lines and upper_share(" ".join(title_lines)) < 0.8:
            break
        title_lines.append(line)
        head["title_end"] = e
        if len(title_lines) >= 5:
            break
    # a text flattened to one line: the title stops where the preamble's first clause begins
    title_from = head["header_end"] if head["header_end"] > seg[0] else pos
    inline = P.INLINE_CLAUSE.search(folded, max(title_from, opened_title) + 1, head["title_end"])
    if inline and title_lines:
        head["title_end"] = inline.start()
        cut = norm_space(P.RULE.sub(" ", clean[title_from:inline.start()]))
        tw, rest = _type_heading(cut)
        if tw and head["type"] is None:
            head["type"], head["header_end"] = tw, title_from
        title_lines = [rest if tw else cut]
    if head["header_end"] == seg[0]:
        head["header_end"] = z0 + fields_end
    if head["type"] is None and head.get("type_code"):
        head["type"] = DOC_TYPES.get(head["type_code"])
    if head["type"] is None and head["code"] and head["number"]:
        head["type"] = "Công văn"  # Phụ lục III: a letter's symbol is its issuer's, with no type code
    if title_lines:
        title = re.sub(r"^(?:V/v|V/V|v/v|Về việc|VỀ VIỆC)\s*", "", " ".join(title_lines)).strip()
        if title and upper_share(title) > 0.8:
            title = title_case(title.lower())
        head["title"] = sentence(restore_text(title, force=ctx.ocr, scanned=ctx.ocr)) if title else None
    return head


def _authority(line: str) -> bool:
    """The line naming who decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...", "BỘ TRƯỞNG BỘ ...")."""
    return bool(P.AUTHORITY.match(fold(line)))


def _issuer_lines(text: Text, start: int, end: int) -> list[str]:
    """Upper-case lines of the issuer column: left of the motto, without rules and table bars."""
    out: list[str] = []
    for s, e in lines_of(text, (start, end)):
        f = text.folded[s:e]
        if not f.strip(" |-_*"):
            continue
        left_end = e
        for rx in (P.MOTTO, P.PARTY_MOTTO, P.INDEPENDENCE):
            mm = rx.search(f)
            if mm:
                left_end = min(left_end, s + mm.start())
        left = norm_space(P.RULE.sub(" ", text.clean[s:left_end]))
        if left and set(fold(left).split()) <= _MOTTO_WORDS:
            left_end, left = s, ""  # a piece of the motto column, broken over lines
        if left_end == s or (left_end < e and not left):
            # the motto column begins here: a flattened table has the issuer above it, not beside it
            if out and P.MOTTO_START.fullmatch(fold(out[-1])):
                out.pop()
            if out:
                break
            continue
        if left and upper_share(left) > 0.6:
            if out and fold(out[-1]) in _COMMITTEE_PREFIXES:
                out[-1] = f"{out[-1]} {left}"  # "ỦY / BAN NHÂN DÂN": a name broken by a narrow column
            else:
                out.append(left)
    return out


_MOTTO_WORDS = {"cong", "hoa", "hia", "xa", "hoi", "chu", "nghia", "viet", "nam", "doc", "lap", "tu", "do",
                "hanh", "phuc", "-", "–"}
_COMMITTEE_PREFIXES = {"uy", "uy ban", "uy ban nhan", "hoi dong", "hoi dong nhan", "chu tich uy ban",
                       "chu tich uy ban nhan", "chu tich"}


@lru_cache(maxsize=4096)
def _type_heading(line: str) -> tuple[str | None, str]:
    """The type word a heading line opens with, and what follows it on the line (a flattened title)."""
    words = line.split()
    fw = [re.sub(r"[^a-z]", "", fold(w)) for w in words]
    for n in (4, 3, 2, 1):
        if len(fw) < n:
            continue
        head = " ".join(fw[:n])
        for tw in TYPE_WORDS:
            k = fold(tw)
            if len(k.split()) == n and difflib.SequenceMatcher(None, head, k).ratio() >= 0.8:
                return tw, " ".join(words[n:]).strip(" :")
    return None, ""


def _only_type_word(line: str) -> bool:
    if len(line.split()) > 4:
        return False
    tw, rest = _type_heading(line)
    return bool(tw) and not rest


def _province_named(line: str):  # noqa: ANN202
    """The province (or centrally-run city) a header line names on its own, without its level word."""
    from language.gazetteer import find

    found = [u for u in find(norm_space(line)) if u.level == "province"]
    return found[0] if found else None


def issuer_of(head: dict, ctx: Context, opening: str) -> tuple[str | None, list[str]]:
    """The issuing body from the header lines (or, failing them, from the opening text, folded).

    A header too damaged to read ("TH TNG CHNH PH") gives way to the issuer its own symbol names."""
    name, flags = _issuer_from_lines(head["issuer_lines"], ctx, head, opening)
    if name:  # a People's Council is written short, as a People's Committee is: "HĐND tỉnh Hà Nam"
        name = re.sub(r"^Hội đồng nhân dân (?=(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) )", "HĐND ", name)
    coded = ISSUER_CODES.get(head.get("code") or "")
    if coded and name and fold(name) != fold(coded) and not _reads_as_body(name):
        return coded, [*flags, "issuer_inferred"]
    return name, flags


def _reads_as_body(name: str) -> bool:
    """A name that reads as a body: a known one, or a committee, council, department or office."""
    f = fold(name)
    return any(f.startswith(k) for k in _NAMED) or bool(
        re.match(r"(?:chu tich )?(?:ubnd|hdnd|uy ban|hoi dong|so |ban |van phong|bo |tinh uy|huyen uy|dang uy)", f))


_NAMED = [fold(n) for n in NAMED_BODIES]
_NATIONAL = {fold(v) for v in ISSUER_CODES.values() if v}  # a ministry above its steering committee


def _issuer_from_lines(lines: list[str], ctx: Context, head: dict, opening: str) -> tuple[str | None, list[str]]:
    lines = [x for x in lines if not _only_type_word(x)]  # "KẾ HOẠCH" above the number is no issuer
    folded = [norm_space(fold(x)) for x in lines]
    parent = None
    chair = ""
    if folded and re.match(r"ch[a-z]{0,2}\s+t[a-z]{0,2}ch\s+", folded[0]):
        chair = "Chủ tịch "  # a decision of the Chairman: "CHỦ TỊCH ỦY BAN NHÂN DÂN ..."
        lines = [re.sub(r"^\S+\s+\S+\s+", "", lines[0]), *lines[1:]]
        folded = [norm_space(fold(x)) for x in lines]
    elif head.get("authority") and re.match(r"ch[a-z]{0,2}\s+t[a-z]{0,2}ch\s+(?:u|ub)", fold(head["authority"])):
        chair = "Chủ tịch "
    if chair:
        name, flags = _issuer_from_lines(lines, ctx, {**head, "authority": None}, opening)
        return (f"{chair}{name}" if name and name.startswith(("UBND", "Ủy ban")) else name), flags
    if len(folded) == 1 and P.PEOPLES_COMMITTEE.match(folded[0]) and not P.PEOPLES_COMMITTEE.match(folded[0]).group("level"):
        folded, lines = [], []  # "ỦY BAN NHÂN DÂN" with its unit cut off: read it from the text below
    if len(lines) >= 2 and fold(norm_space(lines[0])) in _NATIONAL and not P.PEOPLES_COMMITTEE.match(folded[0]):
        return sentence(recase(restore(" ".join(lines[1:]), force=True))), []  # "BỘ NỘI VỤ / BAN CHỈ ĐẠO ..."
    if folded:
        m = P.PEOPLES_COMMITTEE.match(folded[0])
        if m and not m.group("level") and len(lines) >= 2:
            lm = re.match(P.LEVEL_PATTERN + r"\b", folded[1])  # "QUẢNG NGÃI" opens with no "quận"
            if lm:
                level = P.level_of(lm.group("level"))
                name = place_name(lines[1][lm.end():], level, ctx)
                set_unit(ctx, level, name)
                ctx.is_committee = True
                return f"UBND {level} {name}", []
            province = _province_named(lines[1])
            if province is not None:  # "ỦY BAN NHÂN DÂN / LÀO CAI": the level word left out, a province named
                set_unit(ctx, province.kind, province.name)
                ctx.is_committee = True
                return f"UBND {province.kind} {province.name}", []
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
            joined = " ".join(body_lines)
            body = known_issuer(joined) or sentence(recase(restore(joined, force=True)))
            body = re.sub(r"\b(tỉnh|thành phố|huyện|thị xã|xã|phường)\s+([a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?)$",
                          lambda x: f"{x.group(1)} {place_name(x.group(2), x.group(1), ctx)}", body)
            if parent and not re.search(r"\b(tỉnh|thành phố|huyện|thị xã|xã|phường)\b", body):
                body = f"{body} {parent}"
            return body, []
    authority = head.get("authority")
    if authority and lines != [authority]:
        am = P.PEOPLES_COMMITTEE.match(norm_space(fold(authority)))
        if am and am.group("level") and am.group("name"):
            return _issuer_from_lines([authority], ctx, head, opening)  # the authority line names the unit
    # no header lines: "UBND xã ban hành ..." in the opening text, the unit named in the title
    m = re.search(rf"\b(?:UBND|Uy ban nhan dan)\s+{P.LEVEL_PATTERN}\b", opening[:3000], re.I)
    if m:
        level = P.level_of(m.group("level"))
        if level in ("tỉnh", "thành phố") and ctx.province:
            ctx.is_committee = True
            set_unit(ctx, level, ctx.province)
            return f"UBND {level} {ctx.province}", ["issuer_inferred"]
        for mm in P.LEVEL_AND_NAME.finditer(opening[:3000]):
            if P.level_of(mm.group("level")) == level:
                name = place_name(mm.group("name"), level, ctx)
                set_unit(ctx, level, name)
                ctx.is_committee = True
                return f"UBND {level} {name}", ["issuer_inferred"]
    return None, ["issuer_ambiguous"]
