"""Assignments: the bodies a document gives work to, from its task list and its execution clause."""

from __future__ import annotations

import re

from language.restore import guesses, restore_text, unglued
from language.tables import BODY_HEADS, NAMED_BODIES, VOCABULARY
from language.text import FOLD_TABLE, Text, fold, norm_space
from language.vocab import restore
from loaders import patterns as P
from loaders.citations import known_issuer
from loaders.context import Context, restored, sentence
from loaders.layout import carried_out, names_office_holders
from loaders.records import Assignment

_HEADS = tuple(fold(h) for h in BODY_HEADS)
_HEADS_SPACED = tuple(h + " " for h in _HEADS)


def _body_head(name: str) -> bool:
    f = fold(name)
    plural = P.PLURAL.match(f)
    if plural:  # "các", also as the OCR writes it ("cdc sé, ban, nganh")
        f = "cac " + f[plural.end():]
    return (f.startswith(_HEADS_SPACED) or f in _HEADS) and not P.NOT_A_BODY.match(name.translate(FOLD_TABLE))


def _given(folded: str, start: int, end: int) -> int:
    """Where the body given a task starts: after "Giao (cho)", or after "<the giver> giao" ("Hội đồng nhân dân tỉnh
    giao Ủy ban nhân dân tỉnh ...")."""
    gm = P.GIVE.match(folded, start, end)
    if gm:
        return gm.end()
    by = P.GIVEN_BY.match(folded, start, end)
    if by and _names_body(folded[start:by.start("give")]) and _names_body(folded[by.end():end]):
        return by.end()
    return start


def split_tasks(said: str) -> list[str]:
    """The tasks of one item, as its layout sets them apart: each dashed point ('- ', '+ ', '• ') at a line's start,
    or after a sentence where the text was flattened onto one line ('...; - Phối hợp ...'). A hyphen inside a name
    ("Phòng Văn hóa - Xã hội"), a range ("2022 - 2025") or a quotation ("Dân hỏi - Cơ quan trả lời") is no break."""
    out = []
    for piece in P.TASK_POINT.split(said):
        task = norm_space(restore_text(piece)).strip(" -+•;.:")
        if task:
            out.append(task)
    return out


def execution_clause(text: Text, span: tuple[int, int], ctx: Context, unit: str | None) -> list[Assignment]:
    """ "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở ..., Chủ tịch UBND các huyện ... chịu trách nhiệm thi
    hành Quyết định này": each office-holder named stands for the body they head."""
    folded = text.folded
    s, e = span
    m = P.EXECUTION.search(folded, s, e) or P.EXECUTION_BARE.search(folded, s, e)
    verb_at = m.start() if m else next((a for a, _ in carried_out(folded, s, e)), None)
    return office_holders(text, (s, e if verb_at is None else verb_at), ctx, unit, "execution_clause",
                          cut_short=verb_at is None, clause=span)


def office_holders(text: Text, span: tuple[int, int], ctx: Context, unit: str | None, kind: str,
                   cut_short: bool = False, clause: tuple[int, int] | None = None) -> list[Assignment]:
    """The bodies a list of office-holders and bodies names, `span` ending where their verb begins; the last name
    is dropped if the text was `cut_short` through it. Each assignment's span is the `clause` (default: `span`)."""
    clean, folded = text.clean, text.folded
    s, heads_end = span
    where = text.source_span(*(clause or span))
    verb = P.TASK_VERB.search(folded, s, heads_end)  # "Giám đốc Sở X phối hợp với ... tổ chức thực hiện Quyết định này"
    heads_end = verb.start() if verb else heads_end
    raw = P.PAGE_NUMBER.sub(" ", clean[s:heads_end])  # "Thủ trưởng các\n\n2\n\ncơ quan": a page turned
    if not ctx.ocr:  # "Chủtịch UBND ...": a title a PDF glued to the next word (a scan's misreadings are no glue)
        raw = unglued(raw)
    sirs = P.SIRS.match(fold(raw))
    offset = sirs.end() if sirs else 0
    raw, fraw = raw[offset:], fold(raw)[offset:]
    if P.HEAD_OF_DEPARTMENTS.match(fraw):  # "Trưởng phòng: A, B và C"
        names = _expand_heads("", raw, fraw, ctx)
        return [Assignment(body=n, unit=unit, role="lead", suggestion=False, requires_plan=False, tasks=[],
                           span=where, kind=kind) for n in names]
    # cut before each office-holder title: "Chánh Văn phòng ...; Giám đốc ...; Chủ tịch ..."
    cuts = [h.start() for h in P.OFFICE_HOLDER.finditer(fraw) if _opens_item(fraw, h)]
    if not cuts or cuts[0] != 0:
        cuts.insert(0, 0)
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:] + [len(raw)])]
    names: list[str] = []
    for a, b in pieces:
        piece, fpiece = raw[a:b], fraw[a:b]
        h = P.OFFICE_HOLDER.match(fpiece)
        holder = fold(h.group()) if h else ""
        body = norm_space(piece[h.end():] if h else piece).strip(" ,;:.\n")
        for second in P.OFFICE_HOLDER.finditer(fold(body)):  # "Sở Tư pháp - Phó Chủ tịch Hội đồng ...": the
            if second.start() and _second_title(fold(body), second.start()):  # person's other title goes
                body = body[:second.start()].rstrip(" -")
                break
        body = re.sub(r"^(?:và|va)\s+", "", body).strip()
        body = re.sub(r"\s+(?:và|va)$", "", body).strip(" ,;")
        if not body and re.search(r"b[a-z0-9]{0,2}\s+tr[a-z]{0,3}ng$", holder):
            body = "các Bộ"  # "Các Bộ trưởng": the ministries
        if not body:
            continue
        lm = re.match(r"^(c[a-z]{1,2}c\s+)?(s[^\s:]{1,2}|b[^\s:]{1,2}|c[a-z]{1,2}\s+quan|[dđ][a-z]{1,2}n\s+v[a-z]{1,2})\s*:\s*",
                      fold(body))
        if lm:  # "Giám đốc các Sở: Nông nghiệp..., Tài chính, Kế hoạch - Đầu tư"; "Thủ trưởng các cơ quan: Sở A, B"
            head_word = {"s": "Sở", "b": "Bộ"}.get(fold(lm.group(2))[0], "")
            listed, tail = body[lm.end():], ""
            if ";" in listed and "," in listed.split(";")[0]:
                listed, tail = listed.split(";", 1)  # "các sở: A, B, C; Đài ...": the semicolon ends the list
            items = [re.sub(r"^(?:và|va)\s+", "", x.strip(" .")).strip() for x in re.split(r"\s*[,;]\s*", listed)]
            items = [x for x in items if x]
            k = 0
            while k < len(items):
                # "Văn hóa, Thể thao và Du lịch": a comma inside one department's name
                joined = f"{head_word} {items[k]}, {items[k + 1]}".strip() if k + 1 < len(items) else ""
                if joined and (fold(joined) in _KNOWN_BODIES or "," in (known_issuer(joined) or "")
                               or not head_word and not _body_head(items[k + 1])):
                    items[k:k + 2] = [f"{items[k]}, {items[k + 1]}"]
                names.append(f"{head_word} {items[k]}".strip())
                k += 1
            body = tail.strip(" ;")
            if not body:
                continue
        parts = [x.strip() for x in re.split(r"\s*[,;]\s*|\s+v[aà]\s+(?=c\w{1,2}c\s)", body) if x.strip()]
        merged: list[str] = []
        for part in parts:
            # what opens no body's name goes on with the name before it: "ban, ngành", "thị xã", and the
            # capitalised field of one department, "Sở Văn hóa, Thể thao và Du lịch"
            if merged and (P.GENERIC_TAIL.match(fold(part)) or part[:1].islower() and not P.PLURAL.match(fold(part))
                           and not P.LOWER_HEAD_NAMED.match(part.translate(FOLD_TABLE))
                           or part[:1].isupper() and P.DEPARTMENT.match(merged[-1].translate(FOLD_TABLE)) and not _body_head(part)
                           and not P.OFFICE_HOLDER.match(fold(part))):
                merged[-1] = f"{merged[-1]}, {part}"
            elif merged and re.match(r"c[a-z]{1,2}c\s+(?:x[a-z0-9]|huy[a-z]n|ph[a-z]{1,3}ng|t[a-z]nh)\b", fold(part)) \
                    and fold(merged[-1]).startswith(("uy ban nhan dan", "ubnd")):
                plural = re.search(r"\s+c[a-z&]{1,2}c\s", fold(merged[-1]))  # "các", or "cac" as the OCR wrote it
                head = merged[-1][:plural.start()] if plural else merged[-1]
                merged.append(f"{head} {part}")  # "UBND các huyện ... và các xã": UBND các xã
            else:
                merged.append(part)
        names.extend(merged)
    if cut_short and names and not _ends_whole(names[-1]):
        names.pop()  # the text was cut inside the clause: its last name is cut too
    out: list[Assignment] = []
    for name in names:
        name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip(" ,;.")
        if not name or len(name) > 120 or not re.search(r"[A-Za-zÀ-ỹĐđ]{2}", name) or P.PERSONS.match(fold(name)):
            continue
        if ctx.ocr:
            name = restored(name, ctx)
        name = mended_head(name)
        if name[:1].islower() and not P.PLURAL.match(fold(name)) and _body_head(name):
            name = name[:1].upper() + name[1:]  # "Trưởng phòng Nội vụ": the body is Phòng Nội vụ
        out.append(Assignment(body=name, unit=unit, role="lead", suggestion=False, requires_plan=False,
                              tasks=[], span=where, kind=kind))
    return out


def addressees(text: Text, seg: tuple[int, int]) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """A directive's call: "<issuer> yêu cầu <office-holders and bodies> <verb> ... sau:" or "... yêu cầu:", then
    its numbered points. Returns the span of the addressees (if named in the call) and the zone of the points."""
    folded = text.folded
    call = P.CALL.search(folded, *seg)
    if not call:
        return None, None
    colon = folded.find(":", call.end(), min(seg[1], call.end() + 600))
    stop = P.SENTENCE_END.search(folded, call.end(), colon if colon >= 0 else min(seg[1], call.end() + 600))
    end = stop.start() if stop else colon if colon >= 0 else -1
    named = None
    if end > call.end():
        verb = P.CALL_VERB.search(folded, call.end(), end)
        names_end = verb.start() if verb else end
        if names_end > call.end():
            named = (call.end(), names_end)
    if colon < 0 or stop:
        return named, None
    section_end = P.SECTION_END.search(folded, colon, seg[1])
    return named, (colon + 1, section_end.start() if section_end else seg[1])


def _ends_whole(name: str) -> bool:
    """A name at the place a text was cut is whole only if it ends on a whole generic item ("các cơ quan, đơn
    vị", "UBND các huyện, thị xã, thành phố"); "Ủy ban nhân dân các", "Giám", "UBND các hu" were cut."""
    if "," not in name:
        return False
    last = fold(name.rsplit(",", 1)[1]).strip()
    generic = P.GENERIC_TAIL.match(last)
    return bool(generic) and generic.end() == len(last)


def mended_head(name: str) -> str:
    """A head word the OCR lost: no body's name opens with a bare "Trung" before a capital ("Trung Văn hóa,
    Thể thao ..." is a Trung tâm; Trung ương and Trung đoàn are written whole)."""
    m = re.match(r"Trung\s+(\w)", name)
    return f"Trung tâm {name[m.start(1):]}" if m and m.group(1).isupper() else name


def _second_title(fraw: str, at: int) -> bool:
    """A title after a dash inside a line is the same person's second title; a dash that opens a line (or follows
    a separator) opens the next item of a dashed list."""
    before = fraw[:at].rstrip(" \t")
    if not before.endswith(("-", "–")):
        return False
    before = before[:-1].rstrip(" \t")
    return bool(before) and not before.endswith(("\n", ";", ":", ","))


def _opens_item(fraw: str, holder: re.Match) -> bool:
    """An office-holder's title opens a list item; a bare "trưởng" only after a separator ("Môi trường" is a name)."""
    at = holder.start()
    if at == 0:
        return True
    if fraw[at - 1] not in " ,;:\n":
        return False
    if _second_title(fraw, at):  # "Giám đốc Sở Tư pháp - Phó Chủ tịch Hội đồng ...": one person's titles
        return False
    bare = holder.group().startswith("tr")
    return not bare or fraw[:at].rstrip().endswith((",", ";", ":")) or fraw[at - 1] == "\n"


def _opens_body(paragraph: str) -> bool:
    """Whether a paragraph opens with a body's name, as typed or as an OCR wrote it ("Thudng truc HDND")."""
    return _names_body(paragraph[_given(paragraph, 0, len(paragraph)):])


def _names_body(text: str) -> bool:
    """Whether a text opens with a body's name, as typed or as an OCR wrote it ("Hdi déng nhan dan tinh")."""
    return _body_head(text[:60]) or _body_head(restore(" ".join(text.split()[:4]), force=True))


def _items(folded: str, zs: int, ze: int, item_rx: re.Pattern) -> list[tuple[re.Match, int, int, bool]]:
    """The items of a task zone: (match, where the body's name starts, end, is it a whole article).

    An article that lists its bodies as numbered paragraphs ("Điều 2. Nhiệm vụ của các Sở ...: 1. Các Sở, ngành
    ...; 2. UBND các huyện ...") gives one item per paragraph that opens with a body."""
    found = list(item_rx.finditer(folded, zs, ze))
    out: list[tuple[re.Match, int, int, bool]] = []
    for k, it in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else ze
        if item_rx is not P.ARTICLE:
            out.append((it, it.start("rest"), end, False))
            continue
        heading_end = folded.find("\n", it.end(), end)
        tasked = P.TASK_ARTICLE.search(folded, it.end(), heading_end if heading_end > 0 else end)
        for points in (P.ITEM, P.DASH_ITEM, P.LETTER_ITEM):  # numbered paragraphs, else dashed or lettered ones
            subs = list(points.finditer(folded, it.end(), end)) if tasked else []
            led = [sb for sb in subs if _opens_body(sb.group("rest"))]
            if len(led) >= 2 and len(led) * 2 > len(subs):
                break
        else:
            led = []
        if led:
            for j, sb in enumerate(subs):
                if _opens_body(sb.group("rest")):
                    out.append((sb, sb.start("rest"), subs[j + 1].start() if j + 1 < len(subs) else end, False))
            continue
        # an article of sentences, each giving work to its bodies ("Ủy ban nhân dân tỉnh tổ chức thực hiện ...;
        # Thường trực Hội đồng nhân dân tỉnh ... giám sát ...")
        starts = [it.end(), *(m.end() for m in P.CLAUSE_SEPARATOR.finditer(folded, it.end(), end))]
        clauses = [x for x in starts if _opens_body(folded[x:end])]
        heading = not clauses or clauses[0] == it.end() or P.TASK_ARTICLE.search(folded, it.end(), clauses[0]) \
            or not folded[it.end():clauses[0]].strip(" \t\n0123456789.)-")  # "Điều 2.\n1. Sở Nội vụ ..."
        if clauses and heading and (len(clauses) >= 2 or clauses[0] != it.end()):
            for j, x in enumerate(clauses):
                out.append((it, x, clauses[j + 1] if j + 1 < len(clauses) else end, True))
            continue
        out.append((it, it.end(), end, True))
    return out


def assignments(text: Text, seg: tuple[int, int], ctx: Context, unit: str | None,
                executions: list[tuple[int, int]] = ()) -> list[Assignment]:
    """Task lists (a plan's TỔ CHỨC THỰC HIỆN, a decision's articles), then the execution clauses."""
    folded, clean = text.folded, text.clean
    sec = P.IMPLEMENTATION_HEADING.search(folded, seg[0], seg[1])
    zones: list[tuple[int, int, re.Pattern]] = []
    if sec:
        end = P.SECTION_END.search(folded, sec.end(), seg[1])
        zones.append((sec.end(), end.start() if end else seg[1], P.ITEM))
    # from Điều 2 on, or Điều 1 when it gives the work itself ("Điều 1. Giao Sở Tài chính chủ trì ...")
    arts = [a for a in P.ARTICLE.finditer(folded, seg[0], seg[1]) if int(a.group("n")) >= 2 or P.GIVE.match(folded, a.end())]
    if arts:
        end = P.SECTION_END.search(folded, arts[0].start(), seg[1])
        zones.append((arts[0].start(), end.start() if end else seg[1], P.ARTICLE))
    named, points = addressees(text, seg) if not sec and not arts else (None, None)
    if points:
        zones.append((*points, P.ITEM))
    out: list[Assignment] = []
    seen: set[str] = set()
    closings: list[re.Match] = []
    for zs, ze, item_rx in zones:
        for it, rest_start, item_end, article in _items(folded, zs, ze, item_rx):
            if article:
                if any(it.start() <= xs < item_end for xs, _ in executions):
                    continue  # read below, as an execution clause
                if P.SIRS.match(folded[rest_start:item_end]) and fold(folded[rest_start:rest_start + 4]) in ("cac ", "ong ", "ba "):
                    executions = [*executions, (rest_start, item_end)]  # "Các ông ...": an execution clause cut short
                    continue
                rest_start = _given(folded, rest_start, item_end)
                hm = P.OFFICE_HOLDER.match(folded, rest_start, item_end)
                if hm:
                    rest_start = hm.end() + (1 if folded[hm.end():hm.end() + 1] == " " else 0)
            else:
                rest_start = _given(folded, rest_start, item_end)
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
            if not stop and line_end < item_end and not re.match(r"[ \t]*(?:[-+•*]|\d{1,2}\s*[.)])",
                                                                  folded[line_end + 1:line_end + 6]):
                # a name broken over two lines before its verb ("... đại biểu HĐND tỉnh giám\nsát việc")
                next_end = folded.find("\n", line_end + 1, item_end)
                wide = P.BODY_NAME_END.search(folded, rest_start, item_end if next_end < 0 else next_end)
                name_end = wide.start() if wide else name_end
            closing = P.CLOSING_DUTY.search(folded, name_end, item_end)
            if closing and names_office_holders(folded, closing.start("who"), closing.start("duty")):
                # the plan's closing paragraph ("Thủ trưởng các cơ quan ... có trách nhiệm ..."), not this item's
                closings.append(closing)
                item_end = closing.start("who")
            raw = norm_space(clean[rest_start:name_end]).strip(" .,;")
            names = _expand_heads(raw, clean[rest_start:item_end], folded[rest_start:line_end], ctx)
            body_text = norm_space(restore_text(text.clean[name_end:item_end])).lstrip(":. ")
            tasks = split_tasks(text.clean[name_end:item_end])
            guessed = [list(g) for piece in P.TASK_POINT.split(text.clean[name_end:item_end])
                       for g in guesses(piece)] if ctx.ocr else []
            ftasks = fold(body_text)
            role = "coordinate" if tasks and P.COORDINATE.match(fold(tasks[0])) else "lead"
            for name in names:
                if not _body_head(name) or len(name) > 120:
                    continue
                key = fold(name)
                if key in seen or _named_before(out, key, name):
                    continue
                seen.add(key)
                out.append(Assignment(
                    body=name, unit=unit, role=role, suggestion=suggestion,
                    requires_plan=bool(P.REQUIRES_PLAN.search(ftasks)), tasks=tasks,
                    span=text.source_span(it.start(), item_end), guessed=guessed,
                ))
    called = office_holders(text, named, ctx, unit, "task") if named else []
    closing = []
    for c in closings:  # what the closing paragraph asks of them is their task
        duty = split_tasks(text.clean[c.end("duty"):c.end()])
        for a in office_holders(text, (c.start("who"), c.start("duty")), ctx, unit, "general_duty",
                                clause=(c.start("who"), c.end())):
            a.tasks, a.requires_plan = duty, bool(P.REQUIRES_PLAN.search(c.group()))
            closing.append(a)
    for a in [*called, *closing, *(a for xs, xe in executions for a in execution_clause(text, (xs, xe), ctx, unit))]:
        key = fold(a.body)
        if key not in seen and not _named_before(out, key, a.body):
            seen.add(key)
            out.append(a)
    return out


def _named_before(out: list[Assignment], key: str, name: str) -> bool:
    """Whether a body already assigned is this one, one of the two names missing a letter or two that the
    OCR lost ("Sở Thông in và Truyền thông" where the line broke before "tin"). The whole name is kept."""
    for a in out:
        known = fold(a.body)
        if known == key or _lost_letters(key, known):
            return True
        if _lost_letters(known, key):
            a.body = name
            return True
    return False


def _lost_letters(short: str, whole: str, most: int = 2) -> bool:
    """`short` is `whole` with at most `most` letters dropped (not changed: "xã Phước Sơn" is not "xã Phước Hòa")."""
    if not 0 < len(whole) - len(short) <= most or len(short) < 12:
        return False
    rest = iter(whole)
    return all(c in rest for c in short)


_KNOWN_BODIES = {fold(x) for x in [*NAMED_BODIES, *re.split(r"[;\n]", VOCABULARY)] if x}


def _listed(names: str) -> list[str]:
    """ "Thường trực HĐND, các Ban HĐND và các đại biểu HĐND tỉnh": bodies listed by comma or "và", each
    opening with a capital or "các" and a body's head word; "UBND các huyện, thị xã" and "các cơ quan, đơn
    vị" are one name each (what follows the comma opens no body)."""
    parts = re.split(r"(,\s*|\s+v[aà]\s+)", names)

    def opens_body(piece: str) -> bool:
        plural = P.PLURAL.match(fold(piece))
        # a name of its own: a head word and more ("Văn phòng HĐND và UBND" is one office); heads written in
        # lower case mid-sentence ("và đại biểu HĐND tỉnh", "và cơ quan ...") open one too
        return bool(plural or piece[:1].isupper() or P.LOWER_HEAD.match(fold(piece))) and len(piece.split()) >= 2 \
            and _names_body(piece[plural.end():] if plural else piece)

    # an enumeration ends "... và <body>"; without it, commas join the parts of one name
    # ("Các phòng, ban chuyên môn, các cơ quan đơn vị")
    pieces = list(zip(parts[1::2], parts[2::2]))
    if not any(sep.strip() in ("và", "va") and opens_body(p) for sep, p in pieces) \
            and not (len(pieces) >= 2 and all(opens_body(p) and p[:1].isupper() for _, p in pieces)):
        return [names]  # no "và <body>" to end it, nor every piece a body's name of its own
    out = [parts[0]]
    for sep, piece in zip(parts[1::2], parts[2::2]):
        if opens_body(piece):
            out.append(piece)
        else:
            out[-1] += sep + piece
    return [x.strip() for x in out]


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
            if p and "lien quan" not in fold(p) and not P.PLURAL.match(fold(p)):
                out.append(sentence(restored(f"Phòng {p}", ctx)))
        return out
    raw = re.sub(r"\s*\(.*?\)\s*|\s*\([^)]*$", " ", raw).strip()
    out = []
    for i, part in enumerate(p for x in raw.split(";") for p in _listed(x.strip())):  # "Các Sở, ngành; đơn vị"
        holder = P.OFFICE_HOLDER.match(fold(part))
        if holder and _body_head(part[holder.end():].strip()):  # "Thủ trưởng các sở, ban, ngành": the body
            part = part[holder.end():].strip()
        if part:
            name = mended_head(restored(part, ctx))
            name = sentence(name) if i == 0 else name  # later parts stand mid-sentence, as written
            out.append("các" + name[3:] if name.startswith("Các ") else name)  # a capital only for the paragraph
    return out
