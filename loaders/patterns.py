"""Every regular expression the extractor uses, in one place.

They run on `Text.folded` (diacritics removed, case kept), so an OCR'd "Quyét dinh s6"
and a clean "Quyết định số" look alike. OCR-damaged spellings are allowed where they
were seen (`ctia`/`ciia` for "của", `s6`/`sb` for "số", `P`/`B` for "Đ").
"""

from __future__ import annotations

import re

from language.tables import DEPARTMENT_CODES, DOC_TYPES, ISSUER_CODES
from language.text import fold

I = re.IGNORECASE  # noqa: E741

# A part of a number's symbol: "KH", "UBND", "TTg", OCR'd "Qb", "0D", "VPngay".
_SYM = r"(?:[A-Z]|0(?=[A-Z]))[A-Za-z0-9&]{0,14}"
REFERENCE_NUMBER = re.compile(
    # led by a digit, which the engine skips to fast, and only then looking behind it: not after a word, a slash or
    # a dot, but glued to "số" where a PDF lost the space ("số01/2011")
    rf"""(?P<num>\d(?:(?<![\w/.,-]\d)|(?<=[sS][o06]\d))(?:\ \d{{1,4}}(?=/)|\d{{0,4}}(?:[a-z](?=\ ?/))?))
    (?:
        (?P<party>\ ?-\s?(?P<ptype>{_SYM})\ ?/\s?(?P<porg>{_SYM}(?:-{_SYM})?))
      | \ ?/\s?(?:(?P<year>(?:19|20)\d\d)\ ?/\s?)?/?\ ?(?P<sym>{_SYM}(?:-\s{{0,3}}{_SYM}){{0,3}}(?:\.[A-Z][A-Za-z0-9]{{0,4}}(?<![a-z]{{2}})\b)?)
        # "NĐ/CP", "QĐ /BVHTTDL": a slash typed for the hyphen after the type code
        (?P<cont>\ ?/\ ?{_SYM}(?:-{_SYM}){{0,2}})?
    )""",
    re.VERBOSE,
)
# "số" as the OCR writes it, just before a number
SO_BEFORE = re.compile(r"(?:\bs[o0-9bdeO]?|\b5[06])\s*[:.]?\s*$", I)
# Words glued to the end of a symbol by lost spaces ("VPngay").
# A word glued onto a symbol's end: the date or "của" where a PDF lost a space ("70-TB/TWngày"), or the motto of
# a header flattened into one line ("58/2010/QĐ-TTgCỘNG HÒA", "Q-TTgCNG HA" with its accented letters lost)
SYMBOL_TAIL = re.compile(r"(?<=[A-Z0-9])(?:ngay|ngdy|nam|cua|ctia|ciia|cta|ve)(?![a-z]).*$|(?<=[A-Za-z0-9])C[O0]?NG(?:\s*H.*)?$")

DATE_SLASH = re.compile(
    r"^\s*[,;]?\s*\(?\s*(?:ng[a-z]{0,2}y\s*:?)?\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{2,6})(?!\d)",
    I,
)
DATE_WORDS = re.compile(
    # any word may stand for "tháng" and "năm" between the three numbers: fonts and OCR damage them ("h!ng", "nă\"")
    r"^\s*[,;]?\s*\(?\s*(?:ng[a-z]{0,2}y\s*)?(?P<d>\d{1,2})\s*[^\s\d]{1,6}\s*(?P<m>\d{1,2})\s*[^\s\d]{1,5}\s*(?P<y>\d{4})(?!\d)",
    I,
)
class _DateInLine:
    """The place and date line ("Hà Nội, ngày 05 tháng 3 năm 2024"): `search` finds what `_whole.search` would, but
    tries `_whole` only from the farthest a match can start before each "ngày D tháng M năm Y" (`_core`): the place
    (at most 40 characters without a digit or a comma) and the spaces and comma around it. A search led by the lazy
    place tried 40 characters at every position of the header: 1 ms a document, 150 times this."""

    _whole = re.compile(
        r"(?P<place>[^\d,]{0,40}?)\s*,?\s*ng[a-z]{0,2}y\s+(?P<d>\d{1,2})\s+th[a-z]{0,3}ng\s+(?P<m>\d{1,2})\s+n[a-z]{0,2}m\s+"
        r"(?P<y>\d{4})",
        I,
    )
    _core = re.compile(r"ng[a-z]{0,2}y\s+\d{1,2}\s+th[a-z]{0,3}ng\s+\d{1,2}\s+n[a-z]{0,2}m\s+\d{4}", I)

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        endpos = len(s) if endpos is None else endpos
        for core in self._core.finditer(s, pos, endpos):
            k = j = core.start()
            while j > pos and s[j - 1].isspace():
                j -= 1
            if j > pos and s[j - 1] == ",":
                j -= 1
            while j > pos and s[j - 1].isspace():
                j -= 1
            reach = 0
            while j > pos and reach < 40 and s[j - 1] != "," and not s[j - 1].isdecimal():
                j -= 1
                reach += 1
            for start in range(j, k + 1):
                if m := self._whole.match(s, start, endpos):
                    return m
        return None


DATE_IN_LINE = _DateInLine()
DATE_KEYWORD = re.compile(r",?\s*ng[a-z]{0,2}y\s+\d", I)
# "của" (ctia, ciia, cta, cia, caa, clia) right after a citation
OF = re.compile(r"^\s*,?\s*c[a-z]{0,3}a\s+", I)  # not past a semicolon: "…; của Giám đốc Sở Tư pháp tại …" is the next item's
# Where an issuer's name ends: the words that follow it are lower-case ("về", "ban hành").
ISSUER_STOP = re.compile(
    r"\s(?:v[e\u20ac]{1,2}(?=\s|$)|v(?=\s+vi[a-z]{0,2}c\b)|ban hanh|phe duyet|quy dinh|ngay|hoi nghi|tai\s|theo\s|va\s(?=\w+ (?:dinh|quyet)|(?i:(?:c[a-z]{1,2}c\s+)?(?:k[a-z&]{0,2}\s*ho[a-z]{1,2}ch|ch[a-z]{0,2}\s+th[a-z]|th[a-z]{0,2}ng\s+(?:t[uư]|b[a-z]o)|h[a-z]{1,3}ng\s+d[a-z]{1,2}n|ch[a-z]{1,3}ng\s+tr[a-z]{1,2}nh|c[a-z]{0,2}ng\s+v[a-z]n|k[a-z]{0,2}t\s+lu[a-z]{1,2}n|lu[a-z]{1,2}t)\s))|"
    r"tren\s|dinh huong|vi\s|nham\s|de\s|(?i:s[a-z]{1,2}a\s+d[a-z]{1,3}i|h[a-z]{1,3}ng\s+d[a-z]{1,2}n|quy\s+d[a-z]{1,2}nh|"
    r"ph[a-z]{1,2}\s+duy[a-z]{1,2}t|ban\s*hanh|th[a-z]{0,2}c\s+hi[a-z]{0,2}n|b[a-z0-9]{1,2}\s+sung|trien\s+khai|khoa\s+[IVXL]+\b))|"
    r"\sn[a-z]{1,3}c\s+c[o0][a-z]{0,2}ng\s+h|"  # "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    r"\s(?:h[a-z]{1,2}t|c[a-z]{1,2})\s+hi[a-z]{1,2}u\s+l[a-z]{1,2}c|"  # "... của UBND tỉnh hết hiệu lực"
    r"[,:.\n]\s|[;()\u201c\u201d\u0022\u00ab]|$",
)
# An office-holder before the body they head, in "của Bộ trưởng Bộ Nội vụ": the body is the issuer.
# Unlike OFFICE_HOLDER (which cuts a list of holders apart) it lets a title run into its body ("Bộ trưởngBộ").
HOLDER_BEFORE_BODY = re.compile(
    r"(?:(?:b[a-z0-9]{0,2}\s+tr[a-z]{1,4}ng|gi[a-z]{1,2}m\s+[dđp][a-z0-9]{1,3}c|ch[a-z]{1,2}\s+t[a-z]{1,2}ch|ch[a-z]{1,2}nh(?=\s+v[a-z]n\s+ph)|"
    r"th[a-z]{1,2}\s+tr[a-z]{1,3}ng|ch[a-z]{1,2}\s+nhi[a-z]{1,2}m|t[o0]ng\s+c[a-z]c\s+tr[a-z]{1,3}ng|c[a-z]c\s+tr[a-z]{1,3}ng)\s*,?\s*)+"
    r"(?=(?:B[a-z0-9]{0,2}|S[a-z0-9&¢]{1,2}|U[a-z]?\s+ban|UBND|Ban|C[a-z]c|H[o0][a-z]i)(?![a-z])|V[a-z]{1,2}n\s+ph)",
    I,
)

# Headings and clause openers
# The motto, also with letters a font dropped ("C NG HOÀ XÃ H I", "CNG HO X HI CH NGHA VIT NAM").
MOTTO = re.compile(r"c[o0]?\s?ng\s+h[o0]?a?\s+x[a-z]?\s+h[a-z]{0,3}\s?i\b|ch[uy]?\s+ngh[a-z]{0,2}a\s+vi\s?[a-z]{0,2}\s?t\s+nam", I)
# A Party document has the Party's name in the motto's place (Hướng dẫn 36-HD/VPTW), in capitals: "ĐẢNG CỘNG SẢN
# VIỆT NAM" (a pattern of its own: as a branch of MOTTO it tripled that scan's cost).
PARTY_MOTTO = re.compile(r"[DPB]ANG\s+C[O0]NG\s+S[A-Z]N\s+VI[A-Z]{0,2}T\s+NAM")
INDEPENDENCE = re.compile(r"\b[dpb][a-z]{0,2}c\s+[l1][a-z0-9]{1,2}p\s*[-—–]", I)
# A numbered list item ("1. ", "2) "): never part of a title.
LIST_ITEM = re.compile(r"\s*\d{1,2}\s*[.)]\s")
# "VỀ VIỆC ...", "V/v ...": a title (trích yếu) even with no type heading above it.
ABOUT = re.compile(r"(?:v[a-z]?\s+vi[a-z]{1,2}c|v\s*/\s*v)\b", I)
NUMBER_LINE = re.compile(r"^\s*S[^\s:]{0,2}\s*:\s*", I)
BODY_START = re.compile(
    r"^\s*(?:I\s*[.:]\s+\S|A\s*\.\s+[A-Z]{2}|QUY\w{0,3}T\s+\w{0,2}NH\s*:|NGH\w{0,2}\s+QUY\w{0,2}T\s*:|"
    r"QUY\w{0,2}T\s+NGH\w{0,2}\s*:|CH\w{0,2}\s+TH\w{0,2}\s*:|[DPB]?i\w{0,2}u\s+1\s*[.:])", re.MULTILINE
)
# "QUYẾT ĐỊNH:", "NGHỊ QUYẾT:", "QUYẾT NGHỊ:", "CHỈ THỊ:": the line that opens a decision's articles,
# wherever a flattened text put it (capitals and a colon; letters may be missing).
DECIDES = re.compile(
    r"(?:QUY[A-Z]{0,2}T\s+[DBP]?[A-Z]{0,2}NH|NGH[A-Z]{0,2}\s+QUY[A-Z]{0,2}T|QUY[A-Z]{0,2}T\s+NGH[A-Z]{0,2}|CH[A-Z]{0,2}\s+TH[A-Z]{0,2})\s*:"
)
# A section heading of a plan: "I. MỤC ĐÍCH", "A. ĐỐI VỚI ..." (capitals after the numeral).
ROMAN_HEADING = re.compile(r"^[ \t]*(?P<num>[IVX]{1,4}|[A-E])\s*[.:/]\s*(?P<text>[A-Z][A-Z ,\-]{3,}.*)$", re.MULTILINE)
BASIS_HEADING = re.compile(r"^c[a-z]{1,2}n\s+c[a-z]{1,3}\b", I)
# The same heading on a line of its own, in capitals, its numeral perhaps lost to the OCR (". CĂN CỨ XÂY DỰNG").
BASIS_HEADING_LINE = re.compile(
    r"^[ \t]*(?:[IVX]{1,4}|[A-E])?\s*[.:]?[ \t]*(?P<text>C[A-Z]{1,2}N[ \t]+C[A-Z]{1,3}\W?(?:[ \t]+[A-Z][A-Z,]*)*)[ \t]*$",
    re.MULTILINE,
)
# The execution clause: "... chịu trách nhiệm thi hành Quyết định này" (or "tổ chức thực hiện").
EXECUTION = re.compile(
    r"(?:ch[a-z]{0,2}u|c[a-z]{0,2})\s+tr[a-z]{0,3}ch\s+nhi[a-z]{0,2}m\s+(?:t[a-z]{0,2}\s+ch[a-z]{0,2}c\s+)?"
    r"(?:thi\s+h[a-z]{0,2}nh|th[a-z]{0,2}c\s+hi[a-z]{0,2}n)\b(?:[^.;]{0,40}?\bn[a-z]{0,2}y\b|[^.;]{0,40}$)",
    I,
)
_KINDS = (r"(?:quy[a-z]{0,2}t\s+[dđ][a-z]{0,2}nh|ngh[a-z]{0,2}\s+quy[a-z]{0,2}t|ch[a-z]{0,2}\s+th[a-z]{0,2}|"
          r"th[a-z]{0,2}ng\s+t[a-z]{0,2}|k[a-z]{0,2}\s+ho[a-z]{0,2}ch)")
_THIS = _KINDS + r"\s+n[a-z]{0,2}y\b"
EXECUTION_BARE = re.compile(  # "thi hành Quyết định này", led by its first letters, not by \b (a faster scan)
    r"[tc](?<!\w[tc])(?:hi\s+h[a-z]{0,2}nh\s+" + _THIS +
    # "... căn cứ Quyết định (này) (để) thi hành", the form most provincial decisions close with
    r"|[a-z]{0,2}n\s+c[a-z]{0,3}\s+" + _KINDS + r"(?:\s+n[a-z]{0,2}y)?\s+(?:[dđ][a-z]{0,2}\s+)?thi\s+h[a-z]{0,2}nh\b)",
    I,
)
# "... (tổ chức) (triển khai) thực hiện Quyết định này": an execution clause only when a list of office-holders or
# bodies opens it (layout.carried_out checks); "Giao Sở X hướng dẫn, kiểm tra thực hiện Quyết định này" is a task.
# It opens with its verb's letters, so a scan is fast; the verbs before it are found backwards (CARRY_OUT_LEAD).
EXECUTION_CARRY_OUT = re.compile(r"th[a-z]{0,2}c\s+hi[a-z]{0,2}n\s+" + _THIS, I)
CARRY_OUT_LEAD = re.compile(r"(?:\b(?:t[a-z0-9]{1,2}\s+ch[a-z]{0,3}c|tri[a-z]{0,2}n\s+khai)\s+)*$", I)  # also "t6 chtrc"
# "giám sát việc thực hiện Nghị quyết này": the carrying out is watched, not done
WATCHED = re.compile(r"\bvi[a-z]c\s+$", I)
# An execution clause whose verb the text lost (cut short): it opens with the office-holders.
EXECUTION_OPENING = re.compile(
    r"(?:c[a-z]{1,2}c\s+(?:[oô]ng|b[aà])\b.{0,12}?)?(?:c[a-z]{1,2}c\s+)?(?:ch[a-z]{0,2}nh\s+v[a-z]{0,2}n\s+ph|b[a-z0-9]{1,2}\s+tr[a-z]{1,3}ng\s*,|"
    r"th[a-z]{0,2}\s+tr[a-z]{1,3}ng\s+c|gi[a-z]{0,2}m\s+[dđ][a-z]{0,2}c\s+c[a-z]{1,2}c|"
    # or with the bodies themselves, the committee's or council's office first ("Văn phòng UBND tỉnh, Sở ...")
    r"v[a-z]{0,2}n\s+ph[a-z]{0,3}ng\s+(?:ub|[uy]\s*y\s+ban|h[dđ]nd|h[o0][a-z]?i)[^,\n]{0,30},)",
    I,
)
RECIPIENTS = re.compile(r"(?:^|\|)\s*N[o0][a-z]{0,2}\s+nh[a-z]{1,2}n\s*:", re.MULTILINE | I)
SIGNATURE_HEAD = re.compile(r"^\s*(?:TM|KT|TL|TUQ|Q)\s*\.\s*[A-Z]", re.MULTILINE)
# The words that open a clause of the preamble (folded): basis, implements, a proposal.
# Clause words also glued, OCR'd or stripped to bytes: "Cancté", "C&nctt", "CăncứThông tư", "Thc hin", "Thực hiệnQuyết".
_WORD_END = r"(?!(?-i:[a-z]))"
# "Căn cứ ...", and "Trên cơ sở" when a document follows ("Trên cơ sở Kế hoạch số ..."; not "... đề nghị của")
_BASIS = (rf"c[a-z&]{{0,2}}n\s*c[a-z&#]{{0,3}}{_WORD_END}|"
          r"tr[a-z]{1,2}n\s+c[a-z]{1,2}\s+s[a-z0-9]{1,2}\s+(?=(?:k[a-z&]{1,2}\s*ho|quy[a-z]{1,2}t\s+[dđ]|ngh[a-z]{1,2}\s+[dđq]|"
          r"th[a-z]{1,2}ng\s+t|ch[a-z]\s+th|lu[a-z]{1,2}t\b))")
# ("Thu hién", "THU'C HIEN": the OCR drops the c of "Thực" or writes Ư as U'; "The hin": its ự and ệ lost
# and its c read as e, never "thể hiện", whose ệ stays)
_IMPLEMENTS = rf"th(?:[a-z]{{0,2}}'?c\s*|[uy]\s*|e\s+(?=hin\b))hi[a-z]{{0,2}}n{_WORD_END}|tri[a-z]{{1,2}}n\s+khai\b"
_PROPOSAL = r"(?:theo|x[a-z]{1,2}t)\s+(?:[dđ][a-z]{1,2}\s+ngh[a-z]|t[a-z]{1,2}\s+tr[a-z]{1,2}nh)"
CLAUSE_BASIS = re.compile(_BASIS, I)
CLAUSE_IMPLEMENTS = re.compile(_IMPLEMENTS, I)
# A title that says the document carries another out: "(Kế hoạch) (triển khai) thực hiện / thi hành Nghị quyết số".
TITLE_IMPLEMENTS = re.compile(rf"(?:{_IMPLEMENTS}|thi\s+h[a-z]{{1,2}}nh\b)\s*$", I)
CLAUSE_PROPOSAL = re.compile(_PROPOSAL, I)
# "Để / Nhằm (tiếp tục) triển khai thực hiện <doc>, UBND tỉnh ban hành ...": the purpose the preamble states
_PURPOSE = r"(?:[dđ][e&][^\W\d_]?|nh[a-z]{1,2}m)\s+(?:ti[a-z]{1,2}p\s+t[a-z]{1,2}c\s+)?"
_OPENER = rf"(?:{_BASIS}|{_IMPLEMENTS}|{_PROPOSAL}|{_PURPOSE}(?:{_IMPLEMENTS}))"
PURPOSE = re.compile(_PURPOSE, I)
# Where one clause of a preamble ends and the next begins: a semicolon, a full stop, a list dash or number,
# or a line that opens with a clause word.
CLAUSE_BREAK = re.compile(
    r";|(?<!\n\d)(?<!\n\d\d)\.(?=\s)|\n(?=\s*[-+•]\s)|\n(?=\s*\d{1,2}\s*[.)]\s)|:\s*\n|" rf"[,\s]\s*\n(?=\s*{_OPENER})|"
    rf"\n(?=[ \t]*(?=(?-i:[A-Z])){_OPENER})",  # a line opening with a capitalised clause word, whatever ends the last
    I,
)
# A clause word written as a sentence starts (capital, then lower case) inside a line: where a title
# flattened onto one line stops.
INLINE_CLAUSE = re.compile(rf"\s(?=(?-i:[A-Z][a-z])){_OPENER}\s", I)
# The authority line between the title and the preamble (thẩm quyền ban hành).
AUTHORITY = re.compile(
    r"^\s*(?:ch[a-z]{0,2}\s+t[a-z]{0,2}ch|b[a-z]{0,2}\s+tr[a-z]{0,3}ng|th[a-z]{0,2}\s+t[a-z]{0,3}ng\s+ch|"
    r"gi[a-z]{0,2}m\s+[dđp][a-z]{0,2}c|u[a-z]?\s+ban\s+nh[a-z]{0,2}n\s+d[a-z]{0,2}n|h[a-z]{0,2}i\s+[dđ][a-z]{0,2}ng\s+nh)",
    I,
)
# A line that is the first word or two of the motto, broken off by a narrow column ("CỘNG", "CỘNG HÒA").
MOTTO_START = re.compile(r"\s*c[o0]ng(?:\s+h[o0]a)?(?:\s+x[a-z])?\s*")
CLAUSE_PROMULGATED = re.compile(r"ban\s+h[a-z]{1,2}nh\s+k[a-z]{1,2}m\s+theo", I)
# A line that opens a preamble clause (or the promulgation note of an attached text).
PREAMBLE_LINE = re.compile(rf"(?:^|\n)[ \t(]*(?=(?-i:[A-Z]))(?:{_OPENER}|ban\s+h[a-z]{{1,2}}nh\s+k[a-z]{{1,2}}m\s+theo)", I)
CLAUSE_START = re.compile(r"(?:^|\n|;|\.\s|\()\s*[-+]?\s*", I)

IMPLEMENTATION_HEADING = re.compile(
    r"^\s*(?:[IVX1l]{1,4}\s*[.:]\s*)?T[O0]\s*CH[A-Z0-9']{1,4}C\s+TH[A-Z0-9']{1,4}C\s+HI[A-Z0-9']{1,3}N", re.MULTILINE | I
)
class _Articles:
    """ "Điều N." at a line start, or after a sentence where a text was flattened onto one line ("... ngày ký.
    Điều 3. Chánh ..."): the matches of `(?:^|(?<=[.;:] ))\\s*Điều N.` (MULTILINE), found from the word "Điều"
    (a scan led by a letter is several times faster than one led by a line start or a look-behind)."""

    _cue = re.compile(r"[DPB]i\w{0,2}u\s+\d{1,2}\s*[.:]")
    _whole = re.compile(r"\s*[DPB]i\w{0,2}u\s+(?P<n>\d{1,2})\s*[.:]\s*")

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None):
        endpos = len(s) if endpos is None else endpos
        for cue in self._cue.finditer(s, pos, endpos):
            j = k = cue.start()
            while k > 0 and s[k - 1].isspace():
                k -= 1
            start = None
            if k == 0 or "\n" in s[k:j]:  # at a line start: the earliest one the spaces before it reach
                start = next((p for p in range(max(k, pos), j + 1) if p == 0 or s[p - 1] == "\n"), None)
            elif s[k - 1] in ".;:" and s[k] == " " and k + 1 >= pos:
                start = k + 1
            m = self._whole.match(s, start, endpos) if start is not None else None
            if m:
                yield m


ARTICLE = _Articles()
# Where a task list ends: the recipients ("Nơi nhận"), the closing boilerplate ("Trên đây là nội dung Kế hoạch
# ..."), a resolution's passing formula ("Nghị quyết này đã được Hội đồng nhân dân ... thông qua"), the signature
# block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), at a line start or after a sentence, as text flattened them.
SECTION_END = re.compile(
    r"(?:^|(?<=[.;:])[ \t]+)[ \t]*(?:N[o0][a-z]{0,2}\s+nh[a-z]{1,2}n\s*:|Tr[a-z]{1,2}n\s+d[a-z]{1,2}y\s+[l1][a-z]\b|"
    r"N[a-z]{1,3}\s+quy[a-z]{1,3}t\s+n[a-z]{1,2}y\s+[dđ][a-z]{1,2}\s+[dđ][a-z]{1,3}c\s+H|"
    r"(?-i:(?:TM|KT|TL|TUQ)\s*\.\s*(?:[UỦ]Y|CH[UỦ]|B[OỘ]|TH[UỦ]|GI|HO|BAN|S[OỞ])))",
    re.MULTILINE | I,
)
ITEM = re.compile(r"^[ ]*(?P<n>\d{1,2})\s*[.)]\s*(?P<rest>\S.*)$", re.MULTILINE)
# A dashed paragraph of an article ("Điều 2. Tổ chức thực hiện\n- Ủy ban nhân dân tỉnh ...\n- Thường trực HĐND ...
# giám sát ..."): Nghị định 30 lets an article's points be dashes as well as numbers.
DASH_ITEM = re.compile(r"^[ ]*[-–+•][ \t]*(?P<rest>[^\W\d_].*)$", re.MULTILINE)
# A lettered point of an article (điểm, under a khoản or the article itself): "a) Sở Nội vụ ...".
LETTER_ITEM = re.compile(r"^[ ]*[a-zđ]\)[ \t]*(?P<rest>[^\W\d_].*)$", re.MULTILINE)
SUGGESTION = re.compile(r"^\s*[dpb][a-z¢]{0,2}\s+ngh[a-z]\b\s*", I)
# Verbs a directive gives its addressees ("tăng cường", "tập trung", "quán triệt" ...): they end a body's name.
_DIRECTIVE_VERBS = (r"t[a-z]{1,3}ng\s+c[a-z]{1,3}ng|t[a-z]{1,2}p\s+trung|qu[a-z]{1,2}n\s+tri[a-z]{1,2}t|kh[a-z]{1,2}n\s+tr[a-z]{1,3}ng|"
                    r"ch[a-z]{1,2}\s+[dđ][o0][a-z]{1,2}ng|n[a-z]{1,2}ng\s+cao|ch[a-z]{1,2}n\s+ch[a-z]{1,2}nh")
BODY_NAME_END = re.compile(
    r"\s*:|\s+c[a-z0-9]{0,2}\s+tr[a-z]{1,3}ch\s+nhi|\s+ch[ij]u\s+tr[a-z]{1,3}ch|\s+ch[uti]{1,2}\s+tr[iì]\b|"
    r"\s+ph[a-z0-9]{1,2}i\s+h[a-z]{1,2}p\s+v|\s+tham\s+m[a-z]{1,2}u|\s+(?:ph[a-z]{1,2}i\s+)?th[a-z]{1,2}c\s+hi[a-z]{1,2}n\b|"
    r"\s+c[a-z]n\s+c[a-z]{1,3}\b|\s*ch[uti]{1,2}\s+tr[iì]\b|\s+h[a-z]{1,3}ng\s+d[a-z]{1,2}n\b|\s+theo\s+d[a-z]{1,2}i\b|"
    r"\s+t[a-z0-9]{1,2}\s+ch[a-z]{1,3}c\s+(?:th|tri|ki)|\s+ki[a-z]{1,2}m\s+tra\b|\s+x[a-z]{1,2}y\s+d[a-z]{1,2}ng\b|"
    r"\s+tri[a-z]{1,2}n\s+khai\b|\s+b[a-z]{1,2}o\s+c[a-z]{1,2}o\b|-\s*C[a-z]{1,2}\s+quan\s+th|"
    r"\s+gi[a-z]{1,2}m\s+s[a-z]t\b|\s+ho[a-z]{1,2}n\s+(?:ch[a-z]{1,2}nh|thi[a-z]{1,2}n)\b|"
    # verbs a directive's points open with; "chỉ đạo" only in lower case ("Ban Chỉ đạo" is a body)
    r"(?<![Bb]an)\s+(?-i:ch[a-z]\s+[dđ][a-z]{1,2}o)\b|\s+(?:" + _DIRECTIVE_VERBS + "|"
    r"b[o0][a-z]?\s+tr[a-z]|b[a-z]{1,2}o\s+[dđ][a-z]{1,2}m|[dđ][a-z]{1,2}m\s+b[a-z]{1,2}o|r[a-z]\s+so[a-z]t|[dđ][o0][a-z]?n\s+[dđ][o0][a-z]?c|"
    r"th[a-z]{1,2}m\s+[dđ][a-z]{1,2}nh|chu[a-z]{1,2}n\s+b[a-z]|tuy[a-z]{1,2}n\s+truy[a-z]{1,2}n|v[a-z]{1,2}n\s+[dđ][o0][a-z]{1,2}ng|"
    r"c[a-z]{1,2}\s+tr[a-z]{1,3}ch\s+nhi[a-z]{1,2}m|x[a-z]{1,2}\s+l[a-z]\b)\b",
    I,
)
LEAD = re.compile(r"^\s*[-+]?\s*ch[a-z]{1,2}\s+tr[a-z]\b", I)
COORDINATE = re.compile(r"^\s*[-+]?\s*ph[a-z0-9]{1,2}i\s+h[a-z0-9]{1,2}p\b", I)
REQUIRES_PLAN = re.compile(
    r"(?:x[a-z]{1,2}y\s+d[a-z]{1,2}ng|ban\s+h[a-z]{1,2}nh)[^.;]{0,80}?(?:k[a-z&]{1,2}\s*ho[a-z]{1,2}ch|ch[a-z]{1,3}ng\s+tr[a-z]{1,2}nh)",
    I,
)
HEAD_OF_DEPARTMENTS = re.compile(r"^\s*Tr[a-z]{1,3}ng\s+ph[a-z]{1,2}ng\s*:\s*", I)
SIGNER = re.compile(r"^\s*(?P<name>[A-Z][a-z]{1,7}(?:\s+[A-Z][a-z]{0,7}){1,4})\s*$")
LAW = re.compile(  # Hiến pháp, (Bộ) Luật, Pháp lệnh; led by a class of first letters, which the engine skips to fast
    r"(?P<title>[HBLP](?<![a-z].)(?:(?<=H)i[a-z]{1,2}n\s+ph[a-z]{1,2}p|(?:(?<=B)[o0]\s+L)?(?<=L)u[a-z]{1,2}t\s+"
    r"[A-Za-z][^;()\n]{0,160}?|(?<=P)h[a-z]p\s+l[a-z]{1,2}nh\s+[^;()\n]{0,120}?))\s*\(?\s*n[a-z]{1,2}m\s+"
    r"(?P<year>(?:19|20)\d\d)\)?",
)
# The day and month a law's name runs on to before its year ("Luật ... ngày 16 tháng 6 năm 2025").
LAW_DAY_MONTH = re.compile(r"\s+ng[a-z]{1,2}y\s+(?P<d>\d{1,2})\s+th[a-z]{1,2}ng\s+(?P<m>\d{1,2})\s*$", I)
# "của liên bộ: Tài chính, Nội vụ": the ministries of a joint circular, named without their "Bộ".
JOINT_MINISTRIES = re.compile(r"li[a-z]{1,2}n\s+b[o0][a-z]?\s*:?\s*", I)
BODY_HEAD_WORD = re.compile(r"(?:b[o0]|ban|[uy]\s*y\s+ban|ubnd|s[o0]|t[o0]ng\s+c[u]c|c[u]c|vi[e]n|h[o0]i|[dđ]o[a]n)\b", I)
# Between two citations that share what follows the second: "... số 217-QĐ/TW và Quyết định số 218-QĐ/TW".
PAIRED = re.compile(r"\s*(?:,|v[aà])\s*(?:[A-Za-z]+\s+){0,4}?s[o0ố][a-z]?\s*:?\s*", I)
# (led by its first letter, not by \b, so that the engine skips to each "t": 7x faster)
PROVINCE_MENTION = re.compile(r"t(?<!\wt)(?:inh|hanh\s+ph[a-z0-9])\s+(?P<name>[A-Z][a-z]{0,7}(?:\s+[A-Z][a-z]{0,7}){0,2})")


# Assignments. An office-holder's title, which stands for the body they head (Giám đốc Sở X -> Sở X).
OFFICE_HOLDER = re.compile(
    r"(?:c[a-z]{0,2}c\s+)?(?:ph[a-z0-9]{0,2}\s+)?(?:t[o0e]ng\s+)?"
    r"(?:ch[a-z]{0,2}nh(?=\s+(?:v[a-z]{0,2}n\s+ph|thanh\s+tra))|bi[a-z]{0,2}n\s+t[a-z]{0,2}p|gi[a-z]{0,2}m\s+[dđp][a-z0-9]{0,3}c|"
    r"ch[a-z]{0,2}\s+huy\s+tr[a-z]{0,3}ng|(?:hi[a-z]{0,2}u|vi[a-z]{0,2}n|c[a-z]{0,2}c)\s+tr[a-z]{0,3}ng|"
    r"ch[a-z]{0,2}\s+t[a-z]{0,2}ch|th[a-z]{0,2}\s+tr[a-z]{0,3}ng|ch[a-z]{0,2}\s+nhi[a-z]{0,2}m|"
    r"ng[a-z]{0,3}i\s+[dđ][a-z]{0,3}ng\s+[dđ][a-z]{0,2}u|(?:b[a-z0-9]{0,2}|c[a-z]{0,2}c|v[a-z]{0,2})\s+tr[a-z]{0,3}ng|"
    r"tr(?!ung\b|ong\b)[a-z]{0,3}ng)(?=\s|$|:|,)",  # a bare "trưởng", not "Trung" (Trung tâm, Trung ương) or "trong"
    I,
)
# "Các ông (bà)", "Ông/Bà" before the office-holders of an execution clause.
SIRS = re.compile(r"^\s*(?:c[a-z]{1,2}c\s+)?(?:[oôeé]ng|b[aà])\s*(?:[(/,]\s*(?:b[aà]|[oôeé]ng)\s*\)?)?\s*:?\s*", I)
# A department, whose field may hold a comma ("Sở Văn hóa, Thể thao và Du lịch", "Bộ Lao động - Thương binh và Xã hội").
DEPARTMENT = re.compile(r"(?:s[a-z0-9&¢$]{1,2}|b[a-z0-9]{1,2}|ph[a-z0-9]{1,2}ng|v[a-z])\s+(?-i:[A-Z])", I)  # also OCR'd: "S6 Văn hóa"
# The verbs of a task given to a body, which end the names before them ("... chủ trì, phối hợp với ...").
TASK_VERB = re.compile(r"\s(?:ph[a-z0-9]{1,2}i\s+h[a-z0-9]{1,2}p\s+v[a-z0-9]{1,2}i|ch[uti]{1,2}\s+tr[iì])\b", I)
# Head words of bodies that a sentence writes in lower case ("các Tổ đại biểu và đại biểu HĐND tỉnh").
LOWER_HEAD = re.compile(r"(?:[dđ][a-z]{1,2}i\s+bi[a-z]{1,2}u|c[a-z]{1,2}\s+quan|[dđ][a-z]{1,2}n\s+v[a-z]|th[a-z]{1,2}nh\s+vi[a-z]{1,2}n|"
                        r"c[o0]ng\s+ch[a-z]{1,2}c|c[a-z]n\s+b[a-z])\b")
# A directive's call to the bodies it addresses: "Chủ tịch UBND tỉnh yêu cầu ...", "... chỉ thị:" (in lower case,
# after a word: "I. MỤC ĐÍCH, YÊU CẦU" and "2. Yêu cầu:" are a plan's headings).
CALL = re.compile(r"(?<=[A-Za-z] )(?-i:y[a-z]{1,2}u\s+c[a-z]{1,2}u|ch[a-z]\s+th[a-z])\b", I)
# Where the addressees of a call end: the verb of what they are to do.
CALL_VERB = re.compile(
    r"\s(?:" + _DIRECTIVE_VERBS + r"|th[a-z]{1,2}c\s+hi[a-z]{1,2}n|tri[a-z]{1,2}n\s+khai|nghi[a-z]{1,2}m\s+t[a-z]{1,2}c|"
    r"t[o0][a-z]?\s+ch[a-z]{1,2}c|ch[a-z]\s+[dđ][a-z]{1,2}o|quan\s+t[a-z]{1,2}m|ph[a-z]{1,2}i\s+h[a-z]{1,2}p|c[a-z]{1,2}n\s+c[a-z]{1,3}\b|"
    r"c[a-z]{1,2}\s+tr[a-z]{1,3}ch\s+nhi|ch[a-z]{1,2}u\s+tr[a-z]{1,3}ch|"
    r"ti[a-z]{1,2}p\s+t[a-z]{1,2}c|th[a-z]{1,3}ng\s+xuy[a-z]{1,2}n|k[a-z]{1,2}p\s+th[a-z]{1,2}i|x[a-z]{1,2}y\s+d[a-z]{1,2}ng)\b", I)
SENTENCE_END = re.compile(r"\.(?=\s)|\n\s*\n")
# A head word used as a verb or a plain noun: "Ban hành quy định", "Tổ chức thực hiện" (a body is "Tổ chức X",
# a capital after it, or "các tổ chức").
NOT_A_BODY = re.compile(r"(?:ban\s+h[a-z]{1,2}nh|t[o0][a-z]?\s+ch[a-z]{1,2}c(?!\s+(?-i:[A-Z])))\b", I)
# "<the giver> giao <the body>": a council gives its committee the work ("HĐND tỉnh giao UBND tỉnh ...").
GIVEN_BY = re.compile(r"[^,.;:\n]{2,60}?\s(?P<give>(?-i:giao))\s+(?:cho\s+)?(?!th[a-z]{1,2}ng\b|d[i]ch\b|l[uư]u\b)", I)
# Where one sentence of an article gives way to the next.
# A numbered or dashed point opens one too, also where a flattened text left it mid-line.
CLAUSE_SEPARATOR = re.compile(r"(?:[;.:]\s+|\s)(?:\d{1,2}\s*[.)]\s+|[-–+]\s+)(?=\S)|[;.]\s+(?=\S)")
# A page number on a line of its own inside a clause that ran over a page.
PAGE_NUMBER = re.compile(r"\n\s*\d{1,3}\s*\n")
# A lower-case head followed by a name: "công chức Địa chính - Xây dựng" is a body of its own in a list.
LOWER_HEAD_NAMED = re.compile(r"(?:c[o0]ng\s+ch[a-z]{1,2}c|c[a-z]n\s+b[a-z]|c[a-z]{1,2}\s+quan|[dđ][a-z]{1,2}i\s+bi[a-z]{1,2}u)\s+(?-i:[A-Z])", I)
# People, not bodies, at the end of an execution clause: "các ông, bà có tên tại Điều 1", "ông Nguyễn Văn A",
# "các cá nhân có tên ở Điều 1" (a decision on staff names them; they head no body).
PERSONS = re.compile(
    r"^(?:v[a-z]{1,2}\s+)?(?:c[a-z]{1,2}c\s+)?(?:[oô]ng|b[aà]|c[a-z]\s+nh[a-z]{1,2}n|ng[a-z]{1,3}i|[dđ][a-z]{1,2}ng\s+ch[a-z])\b(?!\s*[dđ][a-z]{1,3}ng\s+[dđ])"
    r"(?:[^,]{0,30}?\bc[oó]\s+t[eê]n\b|\s*[,/(]\s*b[aà]\b|\s+(?-i:[A-Z]))", I)
# "các" as written and as OCR'd ("cdc", "cac"): a plural that opens a list item of its own.
PLURAL = re.compile(r"c[a-z&]{1,2}c\s(?:v[iị]\s)?", I)
# A list item that only goes on with the body before it ("các sở, ban, ngành", "UBND các huyện, thị xã").
GENERIC_TAIL = re.compile(
    r"^(?:v[a-z]{1,2}\s+)?(?:ban|ng[a-z]{1,2}nh|th[a-z]{1,2}\s+(?:x[a-z]|tr[a-z]{1,2}n)|th[a-z]{1,2}nh\s+ph[a-z]|ph[a-z]{1,3}ng|"
    r"x[a-z]|qu[a-z]n|huy[a-z]{1,2}n|[dđ][a-z]{1,2}n\s+v[a-z]|[dđ]o[a-z]n\s+th|c[a-z]\s+nh[a-z]n|t[a-z]\s+ch[a-z]{1,2}c|"
    r"c[a-z]\s+quan|[dđ][a-z]{1,2}a\s+ph|t[iỉ]nh|c[a-z]{1,2}\s+quan\s+ngang)\b",
    I,
)
# "Giao ..." opening a task in an article.
# An article that gives tasks: its heading speaks of duties ("Điều 2. Nhiệm vụ của các Sở ...", "Trách nhiệm ...").
TASK_ARTICLE = re.compile(
    r"nhi[a-z]{1,2}m\s+v[a-z]{1,2}\b|tr[a-z]{1,3}ch\s+nhi[a-z]{1,2}m|t[o06][a-z]?\s+ch[a-z]{1,2}c\s+th[a-z]{1,2}c\s+hi|\bgiao\b", I
)
GIVE = re.compile(r"\s*giao\s+(?:cho\s+)?", I)

# The header. Characters a flattened table or a ruled header puts between the fields.
RULE = re.compile(r"[|*_=]+|-{3,}|[–—]{2,}")
# "Số:" (OCR'd "S6:", "Sb:", "S:") and what follows it: a number, or a blank one ("Số: /KH-UBND").
# "Số:", OCR'd "S6:", "Số /", a glyph dropped ("S 291/QĐ-UBDT"), after the type word ("Nghị quyết số: 653/...").
NUMBER_FIELD = re.compile(
    r"(?<![A-Za-z])(?:S[^\s:|]{0,2}\s*(?::|(?=\s*/)|(?=\s\d{1,5}\s?/)|(?=\s\d{1,5}[a-z]?\s?-\s?[A-Z]{1,4}\s?/))|s[o06b]\s*:)\s*")
# A number field as typed, spaces around its separators and all: "36 /KH - UBND", "367 - QĐ/TWĐTN", "09-QC/TW".
SPACED_NUMBER = re.compile(r"\d{1,5}[a-z]?(?:[ ]{0,2}[-/.][ ]{0,2}[A-Z0-9][A-Za-z0-9&]*)+")
BLANK_NUMBER = re.compile(r"\s*/\s*(?P<sym>[A-Z][A-Za-z0-9&-]{1,20})")

# The preamble. What stands before a clause's first word: list dashes, numbers, brackets.
OPENER_LEAD = re.compile(r"(?:[\s\-–—+•*.)(]|\d+(?![\d/]))*")  # not the digits of a number ("6 09/2019/NĐ-CP")
# A clause that only goes on with the list: it opens with a type word or "số".
CONTINUES = re.compile(
    r"(?:c[a-z]{0,2}c\s+)?(?:quy[a-z]{0,2}t\s+[dđ]|ngh[a-z]{0,2}\s+(?:quy|[dđ])|ch[a-z]{0,2}\s+th|k[a-z&]{0,2}\s+ho|"
    r"th[a-z]{0,2}ng\s+(?:t|b)|h[a-z]{0,3}ng\s+d|ch[a-z]{0,3}ng\s+tr|c[a-z]{0,2}ng\s+v|v[a-z]{0,2}n\s+b|k[a-z]{0,2}t\s+lu|"
    r"lu[a-z]{0,2}t\b|t[a-z]{0,2}\s+tr[a-z]{0,2}nh|s[o0-9]\b|\d)",
    I,
)
# What stands between two items of one list: a comma, "và", "và các", a semicolon.
# "Luật A được sửa đổi, bổ sung bởi Luật B": the amending law stands in the same item.
LIST_JOIN = re.compile(
    r"(?:[,;]\s*(?:v[a-z]{1,2}\s+)?|\s+v[a-z]{1,2}\s+|\s+c[u&][a-z]{0,2}ng\s+nh[u&][a-z]{0,2}\s+|"
    r"\s(?:[dđ][a-z]{1,3}c\s+)?s[a-z]{1,2}a\s+[dđ][a-z0-9]{1,2}i,?\s+b[a-z0-9]{1,2}\s+sung\s+(?:b[a-z0-9]{1,2}i|theo|t[a-z0-9]{1,2}i)\s+"
    r"(?:[A-Za-z]+\s+){0,6}?)(?:c[a-z]{1,2}c\s+)?$",
    I,
)


def folded_upper(code: str) -> str:
    return fold(code).upper()


# Known symbol parts, by their folded capitals ("QD" -> "QĐ").
KNOWN_CODES: dict[str, str] = {}
for _code in [*DOC_TYPES, *ISSUER_CODES, *DEPARTMENT_CODES]:
    _clean = _code.rstrip("-")
    KNOWN_CODES.setdefault(folded_upper(_clean), _clean)
for _code in [*DOC_TYPES, *ISSUER_CODES, *DEPARTMENT_CODES]:
    _clean = _code.rstrip("-")
    if "Đ" in _clean:  # a Word file read as bytes loses every non-ASCII letter: "Q-TTg" is "QĐ-TTg"
        KNOWN_CODES.setdefault(folded_upper(_clean.replace("Đ", "")), _clean)
TYPE_CODES: dict[str, str] = {folded_upper(k): k for k in DOC_TYPES}

LEVEL_PATTERN = r"(?P<level>thanh\s+ph[a-z0-9]|thi\s+x[a-z0-9]|thi\s+tr[a-z0-9]n|tinh|huy[a-z0-9]n|x[a-z0-9]{1,2}|ph[a-z0-9]{1,3}ng|qu[a-z0-9]n|dac\s+khu)"
PEOPLES_COMMITTEE = re.compile(
    rf"^(?:uy\s+ban\s+nh[a-z]{{1,2}}n\s+d[a-z]{{1,2}}n|ubnd)(?:\s+{LEVEL_PATTERN}\b(?:\s+(?P<name>.*))?)?$", I
)
PEOPLES_COUNCIL = re.compile(
    rf"^(?:h[o0][a-z]?i\s+d[a-z]{{1,2}}ng\s+nh[a-z]{{1,2}}n\s+d[a-z]{{1,2}}n|hdnd)(?:\s+{LEVEL_PATTERN}\b(?:\s+(?P<name>.*))?)?$", I
)
LEVEL_AND_NAME = re.compile(rf"\b{LEVEL_PATTERN}\s+(?P<name>[A-Z][a-z0-9&]{{0,7}}(?:\s+[A-Z][a-z0-9&]{{0,7}}){{0,3}})")


def level_of(word: str) -> str | None:
    """Canonical level for an OCR'd level word ("thi x3" -> "thị xã")."""
    parts = fold(word).translate(str.maketrans("0134", "olaa")).split()
    if len(parts) == 2:
        a, b = parts
        if a == "dac":
            return "đặc khu"
        if a.startswith("th") and b.startswith("p"):
            return "thành phố"
        if a.startswith("th") and b.startswith("tr"):
            return "thị trấn"
        if a.startswith("th") and b.startswith("x"):
            return "thị xã"
    elif len(parts) == 1:
        p = parts[0]
        if p.startswith("tinh"):
            return "tỉnh"
        if p.startswith("huy"):
            return "huyện"
        if p.startswith("x") and len(p) <= 3:
            return "xã"
        if p.startswith("ph") and p.endswith("ng"):
            return "phường"
        if p.startswith("qu") and len(p) <= 4:
            return "quận"
    return None


# Time (loaders/effects.py). The verb of an effect, just before the document it acts on (folded text).
_OF = r"(?:\s+(?:c[a-z]{1,2}a|t[a-z]{1,2}i))?"
# an effect on some articles only ("Bãi bỏ Điều 5 của ...") is partial: the document stays in force
_SOME_ARTICLES = r"(?P<part>\s+(?:m[a-z]{1,2}t\s+s[a-z]{1,2}\s+)?(?:[dđ]i[a-z]{1,2}u|kho[a-z]{1,2}n|[dđ]i[a-z]{1,2}m)[^.;]{0,40}?" + _OF + ")?"
EFFECT_BEFORE = [(name, re.compile(rx + r"\s*(?:c[a-z]{1,2}c\s+)?$", I)) for name, rx in [
    ("replaces", r"\bthay\s+th[a-z]{1,2}(?:\s+cho)?"),
    ("repeals", r"\bb[a-z]{1,2}i\s+b[a-z]{1,2}" + _SOME_ARTICLES),
    ("amends", r"\bs[a-z]{1,2}a\s+[dđ][a-z]{1,2}i(?:\s*,?\s*b[a-z]{1,2}\s+sung)?" + _SOME_ARTICLES),
    ("suspends", r"\b(?:t[a-z]{1,2}m\s+ng[a-z]{1,3}ng\s+hi[a-z]{1,2}u\s+l[a-z]{1,2}c|[dđ][a-z]{1,2}nh\s+ch[a-z]{1,2})"
                 r"(?:\s+thi\s+h[a-z]{1,2}nh)?" + _SOME_ARTICLES),
    ("guides", r"\b(?:h[a-z]{1,3}ng\s+d[a-z]{1,2}n\s+(?:thi\s+h[a-z]{1,2}nh|th[a-z]{1,2}c\s+hi[a-z]{1,2}n)|"
               r"quy\s+[dđ][a-z]{1,2}nh\s+chi\s+ti[a-z]{1,2}t(?:\s+v[a-z]{1,2}\s+h[a-z]{1,3}ng\s+d[a-z]{1,2}n)?"
               r"(?:\s+thi\s+h[a-z]{1,2}nh)?)" + _SOME_ARTICLES),
    ("extends", r"\b(?:k[a-z]{1,2}o\s+d[a-z]{1,2}i|gia\s+h[a-z]{1,2}n)(?:\s+th[a-z]{1,2}i\s+h[a-z]{1,2}n)?"
                r"(?:\s+th[a-z]{1,2}c\s+hi[a-z]{1,2}n)?" + _OF),
]]
# "Quyết định số ... hết hiệu lực": the document named is ended (in the same sentence).
EFFECT_ENDED_AFTER = re.compile(r"[^.;]{0,200}?\bh[a-z]{1,2}t\s+hi[a-z]{1,2}u\s+l[a-z]{1,2}c", I)
# When the document takes effect.
IN_FORCE = re.compile(
    r"c[a-z]{1,2}\s*hi[a-z]{1,2}u\s*l[a-z]{1,2}c(?:\s+thi\s+h[a-z]{1,2}nh)?\s+"
    r"(?:(?:k[a-z]{1,2}\s+)?t[a-z]{1,2}\s+ng[a-z]{1,2}y\s+(?:(?P<signed>k[a-z]{1,2}|ban\s+h[a-z]{1,2}nh)\b|"
    r"(?P<d>\d{1,2})\s*(?:/|th[a-z]{1,3}ng)\s*(?P<m>\d{1,2})\s*(?:/|n[a-z]{1,2}m)\s*(?P<y>\d{4}))|"
    r"sau\s+(?P<after>\d{1,3})\s+ng[a-z]{1,2}y)",
    I,
)
# The period of a plan or programme, in its title (folded, lower case).
PERIOD_SPAN = re.compile(r"giai\s+[dđ]o[a-z]{1,2}n\s+(?P<a>(?:19|20)\d\d)\s*[-–—]\s*(?P<b>(?:19|20)?\d\d)\b")
PERIOD_UNTIL = re.compile(r"[dđ][a-z]{1,2}n\s+n[a-z]{1,2}m\s+(?P<y>(?:19|20)\d\d)\b")
PERIOD_HALF = re.compile(r"6\s+th[a-z]{1,3}ng\s+(?P<half>[dđ][a-z]{1,2}u|cu[a-z]{1,2}i)\s+n[a-z]{1,2}m\s+(?P<y>(?:19|20)\d\d)")
PERIOD_QUARTER = re.compile(r"qu[a-z]\s+(?P<q>iv|iii|ii|i)\s+n[a-z]{1,2}m\s+(?P<y>(?:19|20)\d\d)")
PERIOD_YEAR = re.compile(r"\bn[a-z]{1,2}m\s+(?:h[a-z]{1,2}c\s+)?(?P<y>(?:19|20)\d\d)\b")

# Deadlines and reporting in a body's tasks (folded, lower case for the first three).
BEFORE_DATE = re.compile(r"tr[a-z]{1,2}c\s+ng[a-z]{1,2}y\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>(?:19|20)\d\d))?")
IN_QUARTER = re.compile(r"(?:trong|tr[a-z]{1,2}c\s+h[a-z]{1,2}t|cu[a-z]{1,2}i)\s+qu[a-z]\s+(?P<q>iv|iii|ii|i)\b")
# A decision's title that promulgates or approves a plan, programme or scheme ("Về việc ban hành Kế hoạch ...").
PROMULGATES_PLAN = re.compile(r"(?:v[a-z]{1,2}\s+vi[a-z]{1,2}c\s+)?(?:ban\s+h[a-z]{1,2}nh|ph[a-z]{1,2}\s+duy[a-z]{1,2}t)\s+"
                              r"(?:k[a-z]{1,2}\s+ho[a-z]{1,2}ch|ch[a-z]{1,3}ng\s+tr[a-z]{1,2}nh|[dđ][a-z]{1,2}\s+[a-z]n)\b", I)
# A plan's closing paragraph, on a line of its own after the last item: "Thủ trưởng các cơ quan, đơn vị ... có (chịu)
# trách nhiệm triển khai thực hiện Kế hoạch này"; `who` must name office-holders or bodies (layout.names_office_holders).
CLOSING_DUTY = re.compile(r"\n[ \t]*(?P<who>[^\n]{3,300}?)\s(?P<duty>(?:c[a-z]{0,2}|ch[a-z]{0,2}u)\s+tr[a-z]{0,3}ch\s+"
                          r"nhi[a-z]{0,2}m\b)[^\n]*", I)
# A dashed point of a task list: at a line's start, or after a sentence's end on a flattened line.
TASK_POINT = re.compile(r"(?:^|\n|(?<=[.;:!?]))[ \t]*[-+•][ \t]+")
RECURRENCE = re.compile(r"(?:[dđ][a-z]{1,2}nh\s+k[a-z]|h[a-z]{1,2}ng)\s*(?:(?P<half>6\s+th[a-z]{1,3}ng)|(?P<quarter>qu[a-z])|"
                        r"(?P<month>th[a-z]{1,3}ng)|(?P<year>n[a-z]{1,2}m))")
REPORT_TO = re.compile(r"[Bb][a-z]{1,2}o\s+c[a-z]{1,2}o(?:\s+k[a-z]{1,2}t\s+qu[a-z]{1,2})?(?:\s+th[a-z]{1,2}c\s+hi[a-z]{1,2}n)?"
                       r"[^.;]{0,30}?\s+v[a-z]{1,2}\s+(?P<body>(?:S[a-z]{1,2}|UBND|U[a-z]{0,2}\s+ban|V[a-z]{1,2}n\s+ph[a-z]{1,3}ng|"
                       r"Ph[a-z]{1,3}ng|Ban|B[a-z]{1,2}|Th[a-z]{1,3}ng\s+tr[a-z]{1,2}c)\b[^,.;()]{0,60}?)"
                       r"(?=\s+(?:[dđ][a-z]{1,2}\s|tr[a-z]{1,2}c\s|theo\s|tr[a-z]{1,2}c\s+ng)|[,.;()]|$)")


# Capitals a title written in capitals gets back (loaders/context.py title_case): document symbols, unit names
# after their kind word, names written with one capital, a document's type before its number.
TITLE_SYMBOL = re.compile(r"(?<![\w/])\d+[^\s,;()]*/[^\s,;()]*")  # "05/nq-cp", "08-nq/tw" (a date has no letters)
TITLE_UNIT_KIND = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+", I)
TITLE_NAMES = re.compile(r"\b(?:chính phủ|quốc hội|liên hợp quốc|tỉnh ủy|thành ủy|huyện ủy|đảng ủy|ủy ban nhân dân|"
                         r"hội đồng nhân dân|(?:nghị quyết|quyết định|nghị định|chỉ thị|thông tư|kế hoạch|"
                         r"chương trình|luật|kết luận|công văn|hướng dẫn)(?= số))\b", I)
