"""The records extraction produces: the contract of `vanban extract --json`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

RELATIONS = ("basis", "implements", "promulgated_by", "cites")
FLAGS = ("year_mismatch", "date_repaired", "date_unreadable", "issuer_inferred", "issuer_ambiguous",
         "no_effective_date")


@dataclass
class Reference:
    number: str
    type: str | None
    issuer: str | None
    date: str | None
    relation: str
    span: tuple[int, int]
    quote: str
    flags: list[str] = field(default_factory=list)
    effect: str | None = None  # what this document does to it: replaces, amends, repeals, suspends, guides, extends
    partial: bool = False  # the effect touches only some of its articles ("Bãi bỏ Điều 5 của ...")


@dataclass
class UnnumberedReference:
    title: str
    year: int | None
    span: tuple[int, int]


@dataclass
class Assignment:
    body: str
    unit: str | None
    role: str  # "lead" | "coordinate"
    suggestion: bool
    requires_plan: bool
    tasks: list[str]
    span: tuple[int, int]
    kind: str = "task"  # "task"; "execution_clause" ("... chịu trách nhiệm thi hành Quyết định này"); "general_duty"
    deadline: str | dict | None = None  # ISO date, or {"date", "recurrence"} ("định kỳ 6 tháng ...")
    report_to: str | None = None  # the body results are reported to ("báo cáo kết quả về Sở Nội vụ")
    # in a scan: the task's words the restorer had to guess letters of, as [restored, scanned] pairs
    guessed: list[list[str]] = field(default_factory=list)


@dataclass
class DocumentSection:
    """A part of the document (Nghị định 30/2020/NĐ-CP, Phụ lục I): header, title, preamble, body,
    article, execution, signature or recipients; span in source offsets."""

    kind: str
    span: tuple[int, int]
    heading: str | None = None


@dataclass
class DocumentRecord:
    number: str | None
    type: str | None
    issuer: str | None
    issuer_unit: str | None
    province: str | None
    date: str | None
    place: str | None
    title: str | None
    signer: str | None
    span: tuple[int, int]
    flags: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    unnumbered_references: list[UnnumberedReference] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    # a plan's closing paragraph ("Thủ trưởng các cơ quan, đơn vị ... có trách nhiệm ..."), to each body it names:
    # a duty of all, kept apart from the tasks and execution clauses (what `assignments` holds)
    general_duties: list[Assignment] = field(default_factory=list)
    sections: list[DocumentSection] = field(default_factory=list)
    effective_from: str | None = None  # ISO date it takes effect, when the text says
    period: dict | None = None  # {"from": ISO date, "to": ISO date} a plan or programme covers

    def to_dict(self) -> dict:
        d = asdict(self)
        d["span"] = list(self.span)
        for r in d["references"] + d["unnumbered_references"] + d["assignments"] + d["general_duties"] + d["sections"]:
            r["span"] = list(r["span"])
        return d


@dataclass
class FileRecord:
    source: str
    documents: list[DocumentRecord]
    text: str = ""

    def to_dict(self) -> dict:
        return {"source": self.source, "documents": [d.to_dict() for d in self.documents]}
