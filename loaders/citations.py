"""Numbered references: a document number in any spelling, its type, date and issuer.

Runs over the folded text of a whole document; which relation a mention carries is
decided by the section it stands in (`loaders.preamble`).
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from language.restore import restore_text
from language.tables import (
    DEPARTMENT_CODES,
    DOC_TYPES,
    ISSUER_CODES,
    NAMED_BODIES,
    SYMBOL_CONFUSIONS,
    TYPE_ALIASES,
    TYPE_WORDS,
)
from language.text import FOLD_TABLE, Text, fold, norm_space
from loaders import patterns as P
from loaders.context import Context, expand_abbreviations, iso, place_name, restored, sentence
from loaders.effects import effects
from loaders.layout import Section
from loaders.preamble import relations
from loaders.records import Reference, UnnumberedReference


def _type_word_before(folded: str, pos: int) -> str | None:
    """The type word ("Quyết định") just before a number, OCR-tolerant."""
    window = folded[max(0, pos - 60):pos]
    window = P.SO_BEFORE.sub("", window).lower()
    words = re.findall(r"[a-z0-9&]+", window)[-_LONGEST_TYPE_WORD:]
    return _type_word_of(" ".join(words))


_TYPE_KEYS = sorted(((tw, fold(tw)) for tw in TYPE_WORDS), key=lambda x: -len(x[1].split()))
_LONGEST_TYPE_WORD = max(len(k.split()) for _, k in _TYPE_KEYS)


@lru_cache(maxsize=8192)
def _type_word_of(tail_words: str) -> str | None:
    words = tail_words.split()
    for tw, key in _TYPE_KEYS:
        n = len(key.split())
        if len(words) < n:
            continue
        tail = " ".join(words[-n:])
        if tail[0] == key[0] and difflib.SequenceMatcher(None, tail, key).ratio() >= 0.78:
            return TYPE_ALIASES.get(tw, tw)
    return None


def fix_code(part: str) -> str:
    """One symbol part, OCR-corrected against the known codes ("Qb" -> "QĐ", "BOL" -> "BQL")."""
    key = P.folded_upper(part)
    if key in P.KNOWN_CODES:
        return P.KNOWN_CODES[key]
    options = [part]
    for i, ch in enumerate(part):
        for sub in SYMBOL_CONFUSIONS.get(ch, "") + SYMBOL_CONFUSIONS.get(ch.upper(), ""):
            options.append(part[:i] + sub + part[i + 1:])
    # "NDB" (Đ read as two letters), "TTqg" (a stray letter): one letter too many
    if len(part) >= 3:
        options += [part[:i] + part[i + 1:] for i in range(1, len(part))
                    if part[i] == "B" and part[i - 1] == "D" or part[i].islower() and part[i - 1].isupper() and i < len(part) - 1]
    if len(part) >= 5:  # "BGDDPT": any one letter too many in a long code, where what is left is a known code
        options += [part[:i] + part[i + 1:] for i in range(1, len(part))]
    for o in options[1:]:
        k = P.folded_upper(o)
        if k in P.KNOWN_CODES:
            return P.KNOWN_CODES[k]
    return part.upper() if part[1:].islower() and len(part) > 3 else part


def _split_glued(part: str) -> list[str]:
    """A symbol whose hyphen a PDF dropped ("NĐCP", "QĐUBND", "TTVPCP"): a type code glued to a known issuer code."""
    key = P.folded_upper(part)
    if key in P.KNOWN_CODES:
        return [part]
    for cut in range(len(part) - 2, 1, -1):
        head, tail = P.folded_upper(part[:cut]), P.folded_upper(part[cut:])
        if head in P.TYPE_CODES and tail in P.KNOWN_CODES and tail not in P.TYPE_CODES:
            return [part[:cut], part[cut:]]
    return [part]


def _tone_type_code(code: str, type_word: str | None) -> str:
    """HD (Hướng dẫn) vs HĐ, DA vs ĐA: the type word decides."""
    if type_word:
        for c, t in DOC_TYPES.items():
            if t == type_word and fold(c) == fold(code):
                return c
    return code


def parse_number(m: re.Match, folded: str, type_word: str | None) -> tuple[str, str | None, str | None, int, int | None]:
    """(number, type code, issuer code, end of the symbol, year inside the number)."""
    num = m.group("num").replace(" ", "")
    if m.group("party"):
        ptype = fix_code(m.group("ptype"))
        porg, end = m.group("porg"), m.end()
        tail = P.SYMBOL_TAIL.search(porg)
        if tail and tail.start() > 0:  # "70-TB/TWngày": a word glued on where the PDF lost a space
            porg, end = porg[:tail.start()], end - (len(porg) - tail.start())
        org_parts = [fix_code(p) for p in porg.split("-")]
        ptype = _tone_type_code(ptype, type_word)
        number = f"{num}-{ptype}/{'-'.join(org_parts)}"
        return number, ptype, org_parts[0], end, None
    sym = m.group("sym")
    end = m.end("sym")
    parts = [p.strip() for p in sym.split("-")]
    cont = m.group("cont")
    if cont and len(parts) == 1 and P.folded_upper(parts[0]) in P.TYPE_CODES and "-" not in cont:
        parts.append(cont.strip(" /"))  # "NĐ/CP": a slash typed for the hyphen
        end = m.end()
    elif cont and P.folded_upper(parts[-1]) == "TTLT":  # a joint circular's symbol is "TTLT-B1-B2" (hyphens)
        parts += [p.strip() for p in cont.strip(" /").split("-")]
        end = m.end()
    elif cont:  # "01/QCPH/UBND-UBMTTQ", "19/2008/NQLT/CP-UBTUMTTQVN": joint symbols keep their slash
        parts = [p.strip() for p in f"{sym}/{cont.strip(' /')}".split("-")]
        end = m.end()
    tail = P.SYMBOL_TAIL.search(parts[-1])
    if tail and tail.start() > 0:
        end -= len(tail.group())
        parts[-1] = parts[-1][:tail.start()]
    if len(parts) == 1:
        parts = _split_glued(parts[0])
    split = re.match(r" ([A-Z]{1,3})\b", folded[end:end + 5])
    if split and len(parts) > 1 and P.folded_upper(parts[-1]) not in P.KNOWN_CODES \
            and P.folded_upper(fix_code(parts[-1] + split.group(1))) in P.KNOWN_CODES:
        parts[-1] += split.group(1)  # "TT-BGD ĐT", "TT-BGD DBT": a code a space cut in two
        end += split.end()
    fixed = [".".join(fix_code(q) for q in p.split(".")) for p in parts if p]
    tcode = None
    if fixed and P.folded_upper(fixed[0]) in P.TYPE_CODES and len(fixed) > 1:
        fixed[0] = _tone_type_code(P.TYPE_CODES[P.folded_upper(fixed[0])], type_word)
        tcode = fixed[0]
    year = m.group("year")
    org = fixed[1] if tcode and len(fixed) > 1 else (fixed[0] if fixed else None)
    if org:
        org = re.sub(r"(?<=QH)\d{1,2}$", "", org)  # "QH15", "UBTVQH14": the legislature's term
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
    if len(y) == 4 and (1900 <= int(y) <= 2100 or not number_year):
        year = int(y)
    elif len(y) == 4 and number_year:
        year, flags = number_year, ["date_repaired"]  # "15/8/5014" in 46/2014/QĐ-TTg: the number carries the year
    elif len(y) == 2:
        year = 2000 + int(y)
    elif number_year and str(number_year) in y:
        year, flags = number_year, ["date_repaired"]
    else:
        return None, ["date_unreadable"], pos + m.end()
    when = iso(d, mo, year)
    if when is None:
        return None, ["date_unreadable"], pos + m.end()
    if number_year and year != number_year:
        flags.append("year_mismatch")
    return when, flags, pos + m.end()


def _issuer_phrase(text: Text, pos: int, joint: bool = False) -> tuple[str | None, int]:
    """Who issued a cited document, as the text names it after "của"; a joint document ("liên tịch") has
    several: "của Chính phủ và Ủy ban Trung ương MTTQ Việt Nam", "của liên bộ: Xây dựng và Ban Tổ chức ..."."""
    m = P.OF.match(text.folded[pos:pos + 12])
    if not m:
        return None, pos
    start = pos + m.end()
    holder = P.HOLDER_BEFORE_BODY.match(text.folded, start, start + 60)
    if holder:
        start = holder.end()
    ministries = P.JOINT_MINISTRIES.match(text.folded, start) if joint else None
    if ministries:
        start = ministries.end()
    window = text.folded[start:start + 160 if joint else start + 110]
    whole = _known_name_at(window)
    if whole and not joint:
        # a fuzzy match may take the "và" that joins the next citation for a lost word ("Trung ương và" for
        # "Trung ương Đảng"): the phrase ends before it
        joined = re.search(r"\s+va$", window[:whole[1]])
        return whole[0], start + (joined.start() if joined else whole[1])
    stop = P.ISSUER_STOP.search(window)
    end = start + (stop.start() if stop else len(window))
    if not joint:
        phrase = norm_space(text.clean[start:end]).strip(" -")
        return (phrase or None), end
    names = []
    for part in re.split(r"\s*,\s*|\s+-\s+|\s+v[aà]\s+", norm_space(text.clean[start:end]).strip(" -")):
        known = _known_name_at(fold(part))
        name = known[0] if known else part
        names.append(f"Bộ {name}" if ministries and not P.BODY_HEAD_WORD.match(fold(name)) else name)
    return " và ".join(n for n in names if n) or None, end


_KNOWN_NAMES = sorted(((n, fold(n)) for n in NAMED_BODIES), key=lambda x: -len(x[1]))


def _head(words: list[str]) -> str:
    """What OCR keeps of a name's first two words: their first letters ("Bé Van hoa" and "Bộ Văn hóa": "bv")."""
    return "".join(w[:1] for w in words[:2])


_KNOWN_BY_HEAD: dict[str, list[tuple[str, str, int]]] = {}
for _name, _key in _KNOWN_NAMES:
    _KNOWN_BY_HEAD.setdefault(_head(_key.split()), []).append((_name, _key, len(_key.split())))


def _known_name_at(window: str) -> tuple[str, int] | None:
    """A national body or department read whole at the start of `window` ("Bộ Văn hóa, Thể thao ..."), also
    broken over blank lines or with letters misread ("Bé Van hoa", "Chinh\n\nphti"); (name, its end in `window`)."""
    found = _known_prefix(tuple(fold(window).split()[:_LONGEST_NAME]))
    if not found:
        return None
    name, n = found
    cuts = [m.end() for m in re.finditer(r"\s+|$", window)]  # where each word of `window` ends
    end = cuts[n - 1] if n - 1 < len(cuts) else len(window)
    return name, len(window[:end].rstrip().rstrip(",;.:)"))


_LONGEST_NAME = max(n for group in _KNOWN_BY_HEAD.values() for _, _, n in group)


@lru_cache(maxsize=8192)
def _known_prefix(words: tuple[str, ...]) -> tuple[str, int] | None:
    for name, key, n in _KNOWN_BY_HEAD.get(_head(list(words)), ()):
        if len(words) < n:
            continue
        got = " ".join(words[:n])
        if got == key:
            return name, n
        if len(key) >= 8:
            sm = difflib.SequenceMatcher(None, got, key)
            if sm.real_quick_ratio() >= 0.88 and sm.quick_ratio() >= 0.88 and sm.ratio() >= 0.88:
                return name, n
    return None


def resolve_issuer(phrase: str | None, org: str | None, ctx: Context,
                   proposer: bool = False) -> tuple[str | None, list[str]]:
    """A cited document's issuer from what the text says, else from its symbol and context."""
    if phrase:
        holder = P.HOLDER_BEFORE_BODY.match(phrase.translate(FOLD_TABLE))
        if holder and holder.end() < len(phrase):
            phrase = phrase[holder.end():]
        f = norm_space(fold(phrase))
        f = re.sub(r"(?<=[a-z])[0-9]|[0-9](?=[a-z])", lambda x: "a" if x.group() in "34" else "o", f)
        if re.match(r"^th[a-z]{0,2}\s+t[a-z]{0,4}ng(?:\s+ch|$)", f):  # also with its accented letters lost: "Th tng Chnh ph"
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
        phrase = expand_abbreviations(phrase)
        name = known_issuer(phrase) or sentence(restored(phrase, ctx))
        provincial = proposer or ctx.level in ("tỉnh", "thành phố")
        if provincial and fold(name).startswith("so ") and ctx.province \
                and not re.search(r"\b(?:tinh|thanh pho)\b", fold(name)):
            # a department (Sở) named by its province's own documents, or proposing to them, is that province's
            return f"{name} {ctx.province_kind} {ctx.province}", ["issuer_inferred"]
        if re.search(r"(?:t[i1]nh\s+[a-z]{1,2}y|\bt[i1]nh)$", f) and ctx.province \
                and not f.endswith(fold(ctx.province)):  # "Tỉnh ủy Hà Tĩnh" names its province already
            return f"{name} {ctx.province}", ["issuer_inferred"]
        if re.search(r"\b(?:huy[a-z]n|th[a-z]nh|th[i1])\s+[a-z]{1,2}y$", f) and ctx.unit_name \
                and ctx.level in ("huyện", "thị xã", "thành phố", "quận"):
            return f"{name} {ctx.unit_name}", ["issuer_inferred"]  # "Ban Thường vụ Huyện ủy": the district's own
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
def known_issuer(phrase: str) -> str | None:
    """A national body or department named in the tables, however the OCR spelled it."""
    f = fold(phrase)
    best, name = 0.0, None
    for known in NAMED_BODIES:
        k = fold(known)
        if k[0] != f[:1] or not 0.75 < len(f) / len(k) < 1.33:
            continue
        r = difflib.SequenceMatcher(None, f, k).ratio()
        if r > best:
            best, name = r, known
    return name if best >= 0.86 else None


def references(text: Text, seg: tuple[int, int], secs: list[Section], ctx: Context,
               own_number: str | None) -> list[Reference]:
    """Every numbered document the text names, once each, with the relation of its most salient mention."""
    out: dict[str, Reference] = {}
    folded = text.folded
    found: list[tuple[str, Reference, int, int]] = []
    text_end = len(folded.rstrip())
    said: list[tuple[int, int, bool, bool]] = []  # (end, start, dated, issuer named) of each of `found`
    for m in P.REFERENCE_NUMBER.finditer(folded, seg[0], seg[1]):
        if m.group("num").count(" ") and not P.SO_BEFORE.search(folded[max(0, m.start() - 6):m.start()]):
            m = P.REFERENCE_NUMBER.match(folded, m.start() + 2, seg[1])  # "6 09/2019/NĐ-CP": the 6 was "số"
            if not m:
                continue
        if m.end() >= text_end:
            continue  # cut off by the end of the text mid-number
        type_word = _type_word_before(folded, m.start())
        number, tcode, org, end, nyear = parse_number(m, folded, type_word)
        key = fold(number).replace(" ", "")
        if own_number and key == fold(own_number).replace(" ", ""):
            continue
        if not type_word and not tcode and not (org in ISSUER_CODES or org in DEPARTMENT_CODES):
            continue  # e.g. "ISO 9001/..." or a page marker: no evidence it is a document
        date, flags, after = _date_after(folded, end, nyear)
        joint = bool(tcode and tcode.endswith("LT")) or "lien tich" in fold(type_word or "")  # "liên tịch"
        phrase, qend = _issuer_phrase(text, after, joint=joint)
        if phrase and after == end:  # "Quyết định số 45/QĐ-UBND của UBND tỉnh Hà Tĩnh ngày 10/01/2023": the date after
            date, flags, dated = _date_after(folded, qend, nyear)
            qend = max(qend, dated)
        qstart = m.start()
        if type_word:
            lo = max(seg[0], m.start() - 40)
            # the type word's first word as the OCR may have written its vowels ("Théng tu" for "Thông tư")
            first = re.sub(r"[aeiouy]+", "[a-z0-9&]{1,3}", fold(type_word.split()[0]))
            starts = [x.start() for x in re.finditer(rf"(?<![a-z]){first}(?![a-z])", folded[lo:m.start()], re.I)]
            qstart = lo + starts[-1] if starts else qstart
        proposer = not phrase
        if proposer:
            phrase = _proposer_before(text, qstart)
        issuer, iflags = resolve_issuer(phrase, org, ctx, proposer=bool(phrase) and proposer)
        ref = Reference(
            number=number,
            type=_type_of(type_word, tcode, org),
            issuer=issuer,
            date=date,
            relation="cites",
            span=text.source_span(m.start(), end),
            quote=norm_space(restore_text(text.clean[qstart:max(qend, after, end)])),
            flags=flags + iflags,
        )
        found.append((key, ref, qstart, max(qend, after, end)))
        said.append((end, m.start(), bool(date), not proposer and bool(phrase)))
    # "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": what the last
    # of a pair says after it (its date, its issuer) is said of the one before, which says neither
    for i in range(len(found) - 1, 0, -1):
        (_, prev, _, _), (_, nxt, _, _) = found[i - 1], found[i]
        prev_end, _, prev_dated, prev_named = said[i - 1]
        _, nxt_start, nxt_dated, nxt_named = said[i]
        if prev_dated or prev_named or not P.PAIRED.fullmatch(folded, prev_end, nxt_start):
            continue
        prev.date = prev.date or (nxt.date if nxt_dated else None)
        if nxt_named:
            prev.issuer, prev.flags = nxt.issuer, [f for f in prev.flags if not f.startswith("issuer_")]
    spans = [(qs, qe) for _, _, qs, qe in found]
    for (key, ref, _, _), rel, (effect, partial) in zip(found, relations(text, secs, spans),
                                                        effects(text, secs, spans)):
        ref.relation, ref.effect, ref.partial = rel, effect, partial
        if key not in out:
            out[key] = ref
            continue
        if out[key].relation == "cites" and rel != "cites":
            out[key].relation = rel  # a preamble mention after a mention in the title
        if not out[key].effect:
            out[key].effect, out[key].partial = effect, partial
    return list(out.values())


def _type_of(type_word: str | None, tcode: str | None, org: str | None) -> str | None:
    """The cited document's type: the words before it, unless its symbol's type code says otherwise."""
    coded = DOC_TYPES.get(tcode) if tcode else None
    if type_word and coded and type_word != coded and not type_word.startswith(coded):
        return coded  # "Thông báo kết luận số 34/TB-UBND" is a Thông báo
    return type_word or coded or DOC_TYPES.get(org or "") or ("Công văn" if org else None)


def _proposer_before(text: Text, qstart: int) -> str | None:
    """ "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số ...": the body before the number."""
    window = text.folded[max(0, qstart - 160):qstart]
    m = re.search(r"(?:ngh[a-z]|[dđ][a-z]{0,2}\s+xu[a-z]{0,2}t)\s+c[a-z]{0,3}a\s+(?P<who>[^;:]{3,120}?)\s*,?\s+t[a-z]{1,2}i\s*$",
                  window, re.I)
    if not m:
        return None
    s = qstart - len(window) + m.start("who")
    return norm_space(text.clean[s:s + len(m.group("who"))]) or None


def unnumbered(text: Text, seg: tuple[int, int], ctx: Context,
               refs: list[Reference] = ()) -> list[UnnumberedReference]:
    """Laws and codes named without a number ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015").
    One that `refs` also names by number ("... thi hành Luật Tổ chức chính quyền địa phương số 72/2025/QH15")
    is that reference: it gives the reference its date and, in a "Căn cứ" clause, its relation."""
    out: dict[str, UnnumberedReference] = {}
    for m in P.LAW.finditer(text.folded, seg[0], seg[1]):
        end = m.end("title")
        dated = P.LAW_DAY_MONTH.search(text.folded, m.start("title"), end)
        if dated:
            end = dated.start()  # the day is the law's date, not its name
        title = sentence(restore_text(norm_space(text.clean[m.start("title"):end]), force=ctx.ocr, scanned=ctx.ocr))
        key = fold(title)
        numbered = _numbered_as(text, key, refs)
        if numbered is not None:
            if dated and not numbered.date:
                numbered.date = iso(int(dated.group("d")), int(dated.group("m")), int(m.group("year")))
            line = text.folded[max(text.folded.rfind("\n", 0, m.start()), text.folded.rfind(";", 0, m.start())) + 1:m.start()]
            if P.CLAUSE_BASIS.search(line):
                numbered.relation = "basis"
            continue
        if key not in out:
            out[key] = UnnumberedReference(title, int(m.group("year")), text.source_span(m.start(), m.end()))
    return list(out.values())


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]+", " ", fold(name)).strip()


def _numbered_as(text: Text, title_key: str, refs: list[Reference]) -> Reference | None:
    """The reference whose number follows this very law's name somewhere ("Luật <title> số 72/2025/QH15")."""
    for r in refs:
        if r.type not in ("Luật", "Bộ luật"):
            continue
        before = fold(text.source[max(0, r.span[0] - 160):r.span[0]])
        named = re.search(r"(?:b[o0]\s+)?lu[a-z]{1,2}t\s+(?P<t>[^;\n]{3,150}?)\s+s[o06][a-z]?\s*:?\s*$", before)
        # both names as restored, letters only: a scan misreads the same words differently in two places
        if named and _letters(restore_text("Luat " + named.group("t"), force=True, scanned=True)) == _letters(title_key):
            return r
    return None
