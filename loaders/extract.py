"""Records from a document's text: finds the parts, then reads each with its own reader.

`extract_text(source)` splits a text into documents (a decision and the plan it
promulgates) and reads each; every span is in source coordinates.
"""

from __future__ import annotations

from language.text import Text, fold, looks_ocr
from loaders import patterns as P
from loaders.assignments import assignments
from loaders.citations import references, unnumbered
from loaders.context import Context, province_from_text
from loaders.effects import deadline, effective_from, period, report_to
from loaders.header import header, issuer_of
from loaders.layout import sections, split_documents
from loaders.records import DocumentRecord, DocumentSection
from loaders.signature import signer


def read_document(text: Text, seg: tuple[int, int], parent: DocumentRecord | None) -> tuple[DocumentRecord, Context]:
    ctx = Context(ocr=looks_ocr(text.clean[seg[0]:seg[0] + 3000]))
    ctx.province, ctx.province_kind = province_from_text(text, seg)
    head = header(text, seg, ctx)
    issuer, iflags = issuer_of(head, ctx, text.folded[seg[0]:seg[1]])
    secs = sections(text, seg, head["header_end"], head["title_end"])
    doc = DocumentRecord(
        number=head["number"], type=head["type"], issuer=issuer, issuer_unit=None,
        province=ctx.province, date=head["date"], place=head["place"], title=head["title"], signer=None,
        span=text.source_span(seg[0], seg[1]), flags=list(iflags),
    )
    ctx.issuer, ctx.own_code = issuer, head.get("code")
    refs = references(text, seg, secs, ctx, doc.number)
    promulgator = next((r for r in refs if r.relation == "promulgated_by"), None)
    if promulgator and parent and fold(parent.number or "") == fold(promulgator.number):
        doc.issuer, ctx.issuer = parent.issuer, parent.issuer
        doc.flags = [f for f in doc.flags if f != "issuer_ambiguous"]
        promulgator.issuer, promulgator.flags = parent.issuer, [f for f in promulgator.flags if "issuer" not in f]
        if not doc.date:
            doc.date = parent.date
        refs = references(text, seg, secs, ctx, doc.number)
    doc.references = refs
    doc.sections = [DocumentSection(x.kind, text.source_span(x.start, x.end), x.heading) for x in secs]
    if ctx.unit_name and ctx.level:
        doc.issuer_unit = f"{ctx.level} {ctx.unit_name}" + (
            f", {ctx.province_kind} {ctx.province}" if ctx.province and ctx.level not in ("tỉnh", "thành phố") else "")
    doc.unnumbered_references = unnumbered(text, seg, ctx, doc.references)
    unit = f"{ctx.level} {ctx.unit_name}" if ctx.is_committee and ctx.level else (doc.issuer or None)
    executions = [(x.start, x.end) for x in secs if x.kind == "execution"]
    given = assignments(text, seg, ctx, unit, executions)
    doc.assignments = [a for a in given if a.kind != "general_duty"]
    doc.general_duties = [a for a in given if a.kind == "general_duty"]
    doc.signer = signer(text, seg)
    doc.effective_from = effective_from(text, seg, doc.date)
    # a decision that promulgates or approves a plan for a period ("Ban hành Kế hoạch ... năm 2024") says in its
    # title that it lasts as long as the plan does
    doc.period = period(doc.title, doc.date) if doc.type in PERIODIC or (
        doc.type == "Quyết định" and P.PROMULGATES_PLAN.match(fold(doc.title or ""))) else None
    if doc.effective_from is None and doc.period is None and doc.type in IN_FORCE_STATED:
        doc.flags.append("no_effective_date")  # its status is then reckoned from the signing date
    until = (doc.period or {}).get("to") or doc.date
    year = int(until[:4]) if until else None
    for a in doc.assignments:  # deadlines fall in the plan's year unless they name their own
        said = " ".join(a.tasks)
        a.deadline, a.report_to = deadline(said, year), report_to(said)
    return doc, ctx


PERIODIC = ("Kế hoạch", "Chương trình", "Đề án", "Chương trình hành động")  # documents that cover a period
# documents that say when they take effect (Nghị định 30/2020/NĐ-CP: the execution article) or what they cover
IN_FORCE_STATED = ("Quyết định", "Nghị quyết", "Nghị định", "Thông tư", "Thông tư liên tịch", *PERIODIC)


def extract_text(source: str) -> list[DocumentRecord]:
    """All documents in one file's text."""
    return read_documents(Text.from_source(source))


def read_documents(text: Text) -> list[DocumentRecord]:
    docs: list[DocumentRecord] = []
    for seg in split_documents(text):
        doc, _ = read_document(text, seg, docs[0] if docs else None)
        docs.append(doc)
    # an attachment's closing signature is its promulgating decision's
    for d in docs[1:]:
        if any(r.relation == "promulgated_by" for r in d.references) and d.signer and not docs[0].signer:
            docs[0].signer, d.signer = d.signer, None
    return docs
