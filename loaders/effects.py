"""Time in a document: what it does to the documents it names (its effects), when it takes effect, and the
period a plan or programme covers.

An effect is the document's own act, so it is read only where the document speaks for itself — its title,
its articles and body ("Quyết định này thay thế Quyết định số ...", "Bãi bỏ Quyết định số ...", "THÔNG TƯ
Hướng dẫn thi hành Nghị định số ..."), never in the preamble, where "Căn cứ Nghị định số A sửa đổi Nghị định
số B" says what A did to B. The verb stands just before the document it acts on; "hết hiệu lực" just after it.
"""

from __future__ import annotations

from datetime import date, timedelta

from language.text import FOLD_TABLE, Text
from loaders import patterns as P
from loaders.context import iso
from loaders.layout import Section, kind_at

EFFECTS = ("replaces", "amends", "repeals", "suspends", "guides", "extends")
_OWN_VOICE = ("title", "body", "article", "execution")


def effects(text: Text, secs: list[Section], mentions: list[tuple[int, int]]) -> list[tuple[str | None, bool]]:
    """The effect of each mention, given (start of its type word, end of its citation) pairs, and whether it
    touches only some articles ("Bãi bỏ Điều 5 của ..."); (None, False) for most."""
    folded = text.folded
    out: list[tuple[str | None, bool]] = []
    for start, end in mentions:
        sec = kind_at(secs, start)
        if sec is None or sec.kind not in _OWN_VOICE:
            out.append((None, False))
            continue
        before = folded[max(0, start - 90):start]
        found = next(((name, m) for name, rx in P.EFFECT_BEFORE if (m := rx.search(before))), None)
        if found:
            out.append((found[0], bool(found[1].groupdict().get("part"))))
        elif P.EFFECT_ENDED_AFTER.match(folded, start, min(len(folded), end + 60)):
            out.append(("repeals", False))  # "Quyết định số ... hết hiệu lực kể từ ngày ..."
        else:
            out.append((None, False))
    return out


def effective_from(text: Text, seg: tuple[int, int], signed: str | None) -> str | None:
    """When the document takes effect: "có hiệu lực (thi hành) kể từ ngày ký" is its signing date, "từ ngày
    01/01/2025" that date, "sau 10 ngày kể từ ngày ký" ten days after signing."""
    m = P.IN_FORCE.search(text.folded, seg[0], seg[1])
    if not m:
        return None
    if m.group("after"):
        if not signed:
            return None
        return (date.fromisoformat(signed) + timedelta(days=int(m.group("after")))).isoformat()
    if m.group("signed"):
        return signed
    return iso(int(m.group("d")), int(m.group("m")), int(m.group("y")))


def period(title: str | None, signed: str | None) -> dict | None:
    """The time a plan or programme covers, from its title: "năm 2024", "giai đoạn 2021-2025", "đến năm 2030",
    "6 tháng cuối năm 2025", "quý III năm 2024"."""
    if not title:
        return None
    f = title.translate(FOLD_TABLE).lower()
    m = P.PERIOD_SPAN.search(f)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        b = b if b > 100 else a - a % 100 + b  # "2021-25"
        return {"from": f"{a}-01-01", "to": f"{b}-12-31"} if a <= b else None
    m = P.PERIOD_UNTIL.search(f)
    if m:
        return {"from": signed, "to": f"{m.group('y')}-12-31"}
    m = P.PERIOD_HALF.search(f)
    if m:
        y = m.group("y")
        first = m.group("half").startswith("d")  # đầu / cuối
        return {"from": f"{y}-01-01", "to": f"{y}-06-30"} if first else {"from": f"{y}-07-01", "to": f"{y}-12-31"}
    m = P.PERIOD_QUARTER.search(f)
    if m:
        q, y = ("I", "II", "III", "IV").index(m.group("q").upper()) + 1, m.group("y")
        ends = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
        return {"from": f"{y}-{3 * q - 2:02d}-01", "to": f"{y}-{ends[q]}"}
    m = P.PERIOD_YEAR.search(f)
    if m:
        return {"from": f"{m.group('y')}-01-01", "to": f"{m.group('y')}-12-31"}
    return None


def deadline(tasks: str, year: int | None) -> str | dict | None:
    """When a body must have done its tasks: "trước ngày 15/12/2024" (a date), "trong quý IV" (the quarter's
    end, in the plan's year), "định kỳ 6 tháng, hằng năm (trước ngày 10/12)" ({"date", "recurrence"})."""
    f = tasks.translate(FOLD_TABLE).lower()
    recurrence = None
    r = P.RECURRENCE.search(f)
    if r:
        recurrence = "6 months" if r.group("half") else ("quarterly" if r.group("quarter") else
                                                         ("monthly" if r.group("month") else "yearly"))
    when = None
    m = P.BEFORE_DATE.search(f)
    if m:
        y = int(m.group("y")) if m.group("y") else year
        when = iso(int(m.group("d")), int(m.group("m")), y) if y else None
    else:
        q = P.IN_QUARTER.search(f)
        if q and year:
            n = ("i", "ii", "iii", "iv").index(q.group("q")) + 1
            when = f"{year}-{3 * n:02d}-{(31 if n in (1, 4) else 30):02d}"
    if recurrence:
        return {"date": when, "recurrence": recurrence}
    return when


def report_to(tasks: str) -> str | None:
    """The body results are reported to: "báo cáo kết quả (thực hiện) về Sở Nội vụ (để tổng hợp)"."""
    m = P.REPORT_TO.search(tasks.translate(FOLD_TABLE))
    if not m:
        return None
    name = tasks[m.start("body"):m.end("body")].strip(" ,.;")
    return name or None
