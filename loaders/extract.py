"""Records from a document's text: header, references, assignments, flags.

`extract_text(source)` splits a text into documents (a decision and the plan it
promulgates) and reads each; every span is in source coordinates.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from loaders import gazetteer
from loaders import patterns as P
from loaders.records import Assignment, DocumentRecord, Reference, UnnumberedReference
from loaders.tables import (
    BODY_HEADS,
    DEPARTMENT_CODES,
    DOC_TYPES,
    ISSUER_CODES,
    SURNAMES,
    SYMBOL_CONFUSIONS,
    TYPE_ALIASES,
    TYPE_WORDS,
)
from loaders.text import Text, fold, norm_space
from loaders.vocab import looks_ocr, recase, restore


@dataclass
class Context:
    """What a document says about itself, used to resolve what its citations leave out."""

    issuer: str | None = None
    own_code: str | None = None  # the issuer code of its own number ("UBND", "BQL")
    level: str | None = None  # level of its issuer's unit ("thị xã")
    unit_name: str | None = None  # "Cửa Lò"
    province: str | None = None  # "Nghệ An"
    province_kind: str = "tỉnh"
    is_committee: bool = False  # issued by a People's Committee itself
    ocr: bool = True

    def committee(self, level: str | None) -> tuple[str | None, bool]:
        """The People's Committee of `level` around this document; (name, ambiguous)."""
        if level in ("tỉnh", "thành phố") and self.province and (level == self.province_kind or not self.level
                                                                  or self.level not in ("thành phố",)):
            return f"UBND {self.province_kind} {self.province}", False
        if level and level == self.level and self.unit_name:
            return f"UBND {self.level} {self.unit_name}", False
        if level is None:
            if self.is_committee and self.level and self.unit_name:
                return f"UBND {self.level} {self.unit_name}", False
            if self.province:
                return f"UBND {self.province_kind} {self.province}", False
        return None, True


# ---------------------------------------------------------------- helpers


def _iso(d: int, m: int, y: int) -> str | None:
    if 1 <= d <= 31 and 1 <= m <= 12 and 1900 <= y <= 2100:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _type_word_before(folded: str, pos: int) -> str | None:
    """The type word ("Quyết định") just before a number, OCR-tolerant."""
    window = folded[max(0, pos - 60):pos]
    window = P.SO_BEFORE.sub("", window).lower()
    words = re.findall(r"[a-z0-9&]+", window)
    for tw in sorted(TYPE_WORDS, key=lambda w: -len(w.split())):
        k = fold(tw).split()
        if len(words) < len(k):
            continue
        tail = " ".join(words[-len(k):])
        if tail[0] == k[0][0] and difflib.SequenceMatcher(None, tail, " ".join(k)).ratio() >= 0.78:
            return TYPE_ALIASES.get(tw, tw)
    return None


def fix_code(part: str) -> str:
    """One symbol part, OCR-corrected against the known codes ("Qb" -> "QĐ", "BOL" -> "BQL")."""
    key = P._folded_upper(part)
    if key in P.KNOWN_CODES:
        return P.KNOWN_CODES[key]
    options = [part]
    for i, ch in enumerate(part):
        for sub in SYMBOL_CONFUSIONS.get(ch, "") + SYMBOL_CONFUSIONS.get(ch.upper(), ""):
            options.append(part[:i] + sub + part[i + 1:])
    for o in options[1:]:
        k = P._folded_upper(o)
        if k in P.KNOWN_CODES:
            return P.KNOWN_CODES[k]
    return part.upper() if part[1:].islower() and len(part) > 3 else part


def _tone_type_code(code: str, type_word: str | None) -> str:
    """HD (Hướng dẫn) vs HĐ, DA vs ĐA: the type word decides."""
    if type_word:
        for c, t in DOC_TYPES.items():
            if t == type_word and fold(c) == fold(code):
                return c
    return code


# ---------------------------------------------------------------- references


def _parse_number(m: re.Match, folded: str, type_word: str | None) -> tuple[str, str | None, str | None, int, int | None]:
    """(number, type code, issuer code, end of the symbol, year inside the number)."""
    num = m.group("num").replace(" ", "")
    if m.group("party"):
        ptype = fix_code(m.group("ptype"))
        org_parts = [fix_code(p) for p in m.group("porg").split("-")]
        ptype = _tone_type_code(ptype, type_word)
        number = f"{num}-{ptype}/{'-'.join(org_parts)}"
        return number, ptype, org_parts[0], m.end(), None
    sym = m.group("sym")
    end = m.end()
    parts = [p.strip() for p in sym.split("-")]
    tail = P.SYMBOL_TAIL.search(parts[-1])
    if tail and len(parts[-1]) > len(tail.group()):
        end -= len(tail.group())
        parts[-1] = parts[-1][: -len(tail.group())]
    fixed = [fix_code(p) for p in parts if p]
    tcode = None
    if fixed and P._folded_upper(fixed[0]) in P.TYPE_CODES and len(fixed) > 1:
        fixed[0] = _tone_type_code(P.TYPE_CODES[P._folded_upper(fixed[0])], type_word)
        tcode = fixed[0]
    year = m.group("year")
    org = fixed[1] if tcode and len(fixed) > 1 else (fixed[0] if fixed else None)
    number = f"{num}/{year}/{'-'.join(fixed)}" if year else f"{num}/{'-'.join(fixed)}"
    return number, tcode, org, end, int(year) if year else None


def _date_after(folded: str, pos: int, number_year: int | None) -> tuple[str | None, list[str], int]:
    window = folded[pos:pos + 70]
    m = P.DATE_WORDS.match(window) or P.DATE_SLASH.match(window)
    if not m:
        return None, [], pos
    d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
    flags: list[str] = []
    year: int | None
    if len(y) == 4:
        year = int(y)
    elif len(y) == 2:
        year = 2000 + int(y)
    elif number_year and str(number_year) in y:
        year, flags = number_year, ["date_repaired"]
    else:
        return None, ["date_unreadable"], pos + m.end()
    iso = _iso(d, mo, year)
    if iso is None:
        return None, ["date_unreadable"], pos + m.end()
    if number_year and year != number_year:
        flags.append("year_mismatch")
    return iso, flags, pos + m.end()


def _issuer_phrase(text: Text, pos: int) -> tuple[str | None, int]:
    m = P.OF.match(text.folded[pos:pos + 12])
    if not m:
        return None, pos
    start = pos + m.end()
    window = text.folded[start:start + 110]
    stop = P.ISSUER_STOP.search(window)
    end = start + (stop.start() if stop else len(window))
    phrase = norm_space(text.clean[start:end]).strip(" -")
    return (phrase or None), end


def resolve_issuer(phrase: str | None, org: str | None, ctx: Context) -> tuple[str | None, list[str]]:
    """A cited document's issuer from what the text says, else from its symbol and context."""
    if phrase:
        f = norm_space(fold(phrase))
        f = re.sub(r"(?<=[a-z])[0-9]|[0-9](?=[a-z])", lambda x: "a" if x.group() in "34" else "o", f)
        if re.match(r"^th[a-z]{0,2}\s+t[a-z]{1,4}ng\s+ch", f):
            return "Thủ tướng Chính phủ", []
        if re.match(r"^ch[a-z]nh\s+ph[a-z]{0,2}$", f):
            return "Chính phủ", []
        if re.match(r"^b[a-z0-9]{0,2}\s+ch[a-z]nh\s+tr", f):
            return "Bộ Chính trị", []
        if re.match(r"^ban\s+ch[a-z]p\s+h[a-z]nh\s+trung\s+[a-z]{1,4}ng", f):
            return "Ban Chấp hành Trung ương Đảng", []
        for regex, head in ((P.PEOPLES_COMMITTEE, "UBND"), (P.PEOPLES_COUNCIL, "HĐND")):
            m = regex.match(f)
            if m:
                level = P.level_of(m.group("level")) if m.group("level") else None
                raw_name = phrase.split()[-len(m.group("name").split()):] if m.group("name") else []
                if raw_name:
                    return f"{head} {level or ''} {place_name(' '.join(raw_name), level, ctx)}".replace("  ", " "), []
                name, ambiguous = ctx.committee(level)
                if ambiguous or not name:
                    return None, ["issuer_ambiguous"]
                return name.replace("UBND", head, 1), ["issuer_inferred"]
        name = _known_issuer(phrase) or _sentence(_restored(phrase, ctx))
        if re.search(r"(?:t[i1]nh\s+[a-z]{1,2}y|\bt[i1]nh)$", f) and ctx.province:
            return f"{name} {ctx.province}", ["issuer_inferred"]
        return name, []
    if org in ISSUER_CODES and ISSUER_CODES[org]:
        return ISSUER_CODES[org], []
    if org == "UBND" or (org and org == ctx.own_code):
        if org == ctx.own_code and ctx.issuer:
            return ctx.issuer, ["issuer_inferred"]
        name, ambiguous = ctx.committee(None)
        return (name, ["issuer_inferred"]) if name else (None, ["issuer_ambiguous"])
    if org == "TU" and ctx.province:
        return f"Tỉnh ủy {ctx.province}", ["issuer_inferred"]
    if org in DEPARTMENT_CODES and ctx.province:
        return f"{DEPARTMENT_CODES[org]} {ctx.province_kind} {ctx.province}", ["issuer_inferred"]
    return None, []


@lru_cache(maxsize=4096)
def _known_issuer(phrase: str) -> str | None:
    """A national body or department named in the tables, however the OCR spelled it."""
    f = fold(phrase)
    best, name = 0.0, None
    for known in [*filter(None, ISSUER_CODES.values()), *DEPARTMENT_CODES.values()]:
        k = fold(known)
        if k[0] != f[:1] or not 0.75 < len(f) / len(k) < 1.33:
            continue
        r = difflib.SequenceMatcher(None, f, k).ratio()
        if r > best:
            best, name = r, known
    return name if best >= 0.86 else None


def _relation(folded: str, pos: int, preamble: tuple[int, int]) -> str:
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


def references(text: Text, seg: tuple[int, int], preamble: tuple[int, int], ctx: Context,
               own_number: str | None) -> list[Reference]:
    out: dict[str, Reference] = {}
    folded = text.folded
    for m in P.REFERENCE_NUMBER.finditer(folded, seg[0], seg[1]):
        if m.group("num").count(" ") and not P.SO_BEFORE.search(folded[max(0, m.start() - 6):m.start()]):
            continue
        type_word = _type_word_before(folded, m.start())
        number, tcode, org, end, nyear = _parse_number(m, folded, type_word)
        key = fold(number).replace(" ", "")
        if own_number and key == fold(own_number) or key in out:
            continue
        if not type_word and not tcode and not (org in ISSUER_CODES or org in DEPARTMENT_CODES):
            continue  # e.g. "ISO 9001/..." or a page marker: no evidence it is a document
        date, flags, after = _date_after(folded, end, nyear)
        phrase, qend = _issuer_phrase(text, after)
        issuer, iflags = resolve_issuer(phrase, org, ctx)
        qstart = m.start()
        if type_word:
            back = folded.rfind(fold(type_word.split()[0])[:3], max(seg[0], m.start() - 40), m.start())
            qstart = back if back >= 0 else qstart
        out[key] = Reference(
            number=number,
            type=type_word or (DOC_TYPES.get(tcode) if tcode else ("Công văn" if org else None)),
            issuer=issuer,
            date=date,
            relation=_relation(folded, m.start(), preamble),
            span=text.source_span(m.start(), end),
            quote=norm_space(text.clean[qstart:max(qend, after, end)]),
            flags=flags + iflags,
        )
    return list(out.values())


def unnumbered(text: Text, seg: tuple[int, int], ctx: Context) -> list[UnnumberedReference]:
    out: dict[str, UnnumberedReference] = {}
    for m in P.LAW.finditer(text.folded, seg[0], seg[1]):
        title = _sentence(restore(norm_space(text.clean[m.start("title"):m.end("title")]), force=ctx.ocr))
        key = fold(title)
        if key not in out:
            out[key] = UnnumberedReference(title, int(m.group("year")), text.source_span(m.start(), m.end()))
    return list(out.values())


# ---------------------------------------------------------------- header


def _restored(s: str, ctx: Context) -> str:
    """OCR'd words with diacritics and the usual capitals; clean text is kept as written."""
    return recase(restore(s, force=True)) if ctx.ocr or looks_ocr(s) else s


def _sentence(s: str) -> str:
    s = norm_space(s)
    return s[:1].upper() + s[1:] if s else s


def place_name(raw: str, level: str | None, ctx: Context | None = None) -> str:
    """A unit's name with diacritics: from the gazetteer when it knows the name, else restored."""
    raw = norm_space(raw).strip(" ,.;:")
    kinds = {"tỉnh": "tỉnh", "thành phố": "thành phố", "huyện": "huyện", "thị xã": "thị xã", "xã": "xã",
             "phường": "phường", "quận": "quận", "thị trấn": "thị trấn"}
    restored = restore(raw, force=True) if raw.isupper() or (ctx and ctx.ocr) else raw
    for candidate in (raw, restored):
        found = gazetteer.find(candidate, kind=kinds.get(level or ""))
        if ctx and ctx.province and level not in ("tỉnh", "thành phố"):
            in_prov = [u for u in found if fold(u.province) == fold(ctx.province)]
            found = in_prov or found
        if found:
            return found[0].name
    return " ".join(w[:1].upper() + w[1:] for w in restored.lower().split())


def _lines(text: Text, seg: tuple[int, int]) -> list[tuple[int, int]]:
    out, pos = [], seg[0]
    for line in text.clean[seg[0]:seg[1]].split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _upper_share(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _province_from_text(text: Text, seg: tuple[int, int]) -> tuple[str | None, str]:
    counts: Counter = Counter()
    for m in P.PROVINCE_MENTION.finditer(text.folded, seg[0], seg[1]):
        words = m.group("name").split()
        for n in (3, 2):
            if len(words) >= n:
                cand = " ".join(words[:n])
                units = [u for u in gazetteer.find(cand) if u.level == "province"]
                if units:
                    counts[(units[0].name, units[0].kind)] += 1
                    break
    if not counts:
        return None, "tỉnh"
    (name, kind), _ = counts.most_common(1)[0]
    return name, kind


def header(text: Text, seg: tuple[int, int], ctx: Context) -> dict:
    lines = _lines(text, seg)
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
                number, tcode, org, _, _ = _parse_number(nm, f, None)
                head["number"], head["code"] = number, org
                head["type_code"] = tcode
        dm = P.DATE_IN_LINE.search(f)
        if date_idx is None and dm:
            date_idx = i
            head["date"] = _iso(int(dm.group("d")), int(dm.group("m")), int(dm.group("y")))
            place = norm_space(clean[s + dm.start("place"):s + dm.end("place")])
            place = re.sub(r"^.*[/:\d]\S*\s*", "", place)  # what the number line has before the place
            head["place"] = place_name(place, None, ctx) if place else None
        if number_idx is None and date_idx is None:
            left = norm_space(clean[s:left_end])
            if left and _upper_share(left) > 0.6:
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
        if head["type"] is None and _upper_share(line) > 0.8:
            tw = _type_of_heading(line)
            if tw:
                head["type"] = tw
                continue
        if head["type"] is None and not title_lines and _upper_share(line) > 0.8:
            continue
        f = folded[s:e].strip(" (-")
        if P.CLAUSE_BASIS.match(f) or P.CLAUSE_PROMULGATED.match(f) or P.CLAUSE_IMPLEMENTS.match(f) \
                or line.startswith("(") or _upper_share(line) > 0.8 and title_lines:
            break
        title_lines.append(line)
        head["title_end"] = e
        if len(title_lines) >= 4:
            break
    if head["type"] is None and head.get("type_code"):
        head["type"] = DOC_TYPES.get(head["type_code"])
    if title_lines:
        head["title"] = _sentence(restore(" ".join(title_lines), force=ctx.ocr))
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
                _set_unit(ctx, level, name)
                ctx.is_committee = True
                return f"UBND {level} {name}", []
        if m and m.group("level"):
            level = P.level_of(m.group("level"))
            name = place_name(" ".join(lines[0].split()[-len(m.group("name").split()):]), level, ctx) \
                if m.group("name") else None
            if name:
                _set_unit(ctx, level, name)
                parent = f"{level} {name}"
                if len(lines) == 1:
                    ctx.is_committee = True
                    return f"UBND {level} {name}", []
        body_lines = lines[1:] if parent else lines
        if body_lines:
            body = _sentence(recase(restore(" ".join(body_lines), force=True)))
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
                _set_unit(ctx, level, name)
                ctx.is_committee = True
                return f"UBND {level} {name}", ["issuer_inferred"]
    return None, ["issuer_ambiguous"]


def _set_unit(ctx: Context, level: str | None, name: str) -> None:
    if level in ("tỉnh", "thành phố") and not ctx.level:
        ctx.province, ctx.province_kind = name, level
    if level:
        ctx.level, ctx.unit_name = level, name


def signer(text: Text, seg: tuple[int, int]) -> str | None:
    lines = _lines(text, seg)
    for s, e in reversed(lines[-40:]):
        m = P.SIGNER.match(text.folded[s:e])
        if m and fold(m.group("name").split()[0]) in SURNAMES and len(m.group("name").split()) >= 2:
            words = m.group("name").split()
            if fold(" ".join(words[:2])) in ("noi nhan", "noi nhin"):
                continue
            raw = norm_space(text.clean[s:e])
            return restore(raw, force=True) if not any(c in raw for c in "ăâđêôơư") else raw
    return None


# ---------------------------------------------------------------- assignments


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
                out.append(_sentence(_restored(f"Phòng {p}", ctx)))
        return out
    raw = re.sub(r"\s*\(.*?\)\s*", " ", raw).strip()
    return [_sentence(_restored(raw, ctx))]


# ---------------------------------------------------------------- documents


def split_documents(text: Text) -> list[tuple[int, int]]:
    """Where each document of a file starts: at each header that opens with the national motto."""
    starts = [0]
    for m in P.MOTTO.finditer(text.folded):
        line_start = text.folded.rfind("\n", 0, m.start()) + 1
        if line_start - starts[-1] > 1500:
            starts.append(line_start)
    ends = starts[1:] + [len(text.clean)]
    return list(zip(starts, ends))


def read_document(text: Text, seg: tuple[int, int], parent: DocumentRecord | None) -> tuple[DocumentRecord, Context]:
    folded = text.folded
    ctx = Context(ocr=looks_ocr(text.clean[seg[0]:seg[0] + 3000]))
    ctx.province, ctx.province_kind = _province_from_text(text, seg)
    head = header(text, seg, ctx)
    issuer, iflags = issuer_of(head["issuer_lines"], ctx, head, text.folded[seg[0]:seg[1]], folded[seg[0]:seg[1]])
    body_start = P.BODY_START.search(folded, head["title_end"], seg[1])
    preamble = (head["title_end"], body_start.start() if body_start else min(seg[1], head["title_end"] + 2500))
    doc = DocumentRecord(
        number=head["number"], type=head["type"], issuer=issuer, issuer_unit=None,
        province=ctx.province, date=head["date"], place=head["place"], title=head["title"], signer=None,
        span=text.source_span(seg[0], seg[1]), flags=list(iflags),
    )
    ctx.issuer, ctx.own_code = issuer, head.get("code")
    refs = references(text, seg, preamble, ctx, doc.number)
    promulgator = next((r for r in refs if r.relation == "promulgated_by"), None)
    if promulgator and parent and fold(parent.number or "") == fold(promulgator.number):
        doc.issuer, ctx.issuer = parent.issuer, parent.issuer
        doc.flags = [f for f in doc.flags if f != "issuer_ambiguous"]
        promulgator.issuer, promulgator.flags = parent.issuer, [f for f in promulgator.flags if "issuer" not in f]
        if not doc.date:
            doc.date = parent.date
        refs = references(text, seg, preamble, ctx, doc.number)
    doc.references = refs
    if ctx.unit_name and ctx.level:
        doc.issuer_unit = f"{ctx.level} {ctx.unit_name}" + (
            f", {ctx.province_kind} {ctx.province}" if ctx.province and ctx.level not in ("tỉnh", "thành phố") else "")
    doc.unnumbered_references = unnumbered(text, seg, ctx)
    unit = f"{ctx.level} {ctx.unit_name}" if ctx.is_committee and ctx.level else (doc.issuer or None)
    doc.assignments = assignments(text, seg, ctx, unit)
    doc.signer = signer(text, seg)
    return doc, ctx


def extract_text(source: str) -> list[DocumentRecord]:
    """All documents in one file's text."""
    text = Text.from_source(source)
    docs: list[DocumentRecord] = []
    for seg in split_documents(text):
        doc, _ = read_document(text, seg, docs[0] if docs else None)
        docs.append(doc)
    # an attachment's closing signature is its promulgating decision's
    for d in docs[1:]:
        if any(r.relation == "promulgated_by" for r in d.references) and d.signer and not docs[0].signer:
            docs[0].signer, d.signer = d.signer, None
    return docs
