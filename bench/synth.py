"""A synthetic corpus of realistic records, spread over the real administrative units.

National decisions and decrees are cited; each province issues plans that implement them and cite
others; districts implement their province's plans; communes implement their district's. Each plan
assigns work to its departments (half of them with a report deadline) and asks its lower units to issue plans
of their own. Time (issue 13): each plan covers its year; one plan in twenty replaces an earlier plan of its
unit; and a tenth of the national documents are replaced by a later decision that is loaded too.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

try:
    from language import gazetteer
except ImportError:  # a baseline from before the language package (bench/graph.py --baseline)
    from loaders import gazetteer
from loaders.records import Assignment, DocumentRecord, FileRecord, Reference

NATIONAL = [("Quyết định", "QĐ-TTg", "Thủ tướng Chính phủ"), ("Nghị quyết", "NQ-CP", "Chính phủ"),
            ("Nghị định", "NĐ-CP", "Chính phủ"), ("Chỉ thị", "CT-TTg", "Thủ tướng Chính phủ")]
DEPARTMENTS = ["Phòng Nội vụ", "Phòng Tư pháp", "Phòng Văn hóa và Thông tin", "Phòng Tài chính - Kế hoạch",
               "Công an", "Văn phòng HĐND và UBND"]


def _date(rng: random.Random, year: int) -> str:
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def records(n: int, seed: int = 7) -> Iterator[FileRecord]:
    rng = random.Random(seed)
    units = [u for u in gazetteer.units() if u.era == gazetteer.OLD]
    provinces = [u for u in units if u.level == "province"]
    districts = [u for u in units if u.level == "district"]
    communes = [u for u in units if u.level == "commune"]
    by_key = gazetteer.by_key()
    national = []
    for i in range(max(50, n // 500)):
        typ, code, issuer = NATIONAL[i % len(NATIONAL)]
        year = rng.randint(2015, 2024)
        national.append(Reference(f"{i + 1}/{year}/{code}" if "NĐ" in code else f"{i + 1}/{code}", typ, issuer,
                                  _date(rng, year), "basis", (0, 0), f"{typ} số {i + 1}"))
    issued: dict[str, list[Reference]] = {}  # unit key -> its plans, for the level below to implement
    counter = 0
    pools = [(provinces, 0.03), (districts, 0.25), (communes, 1.0)]
    for pool, share in pools:
        for _ in range(int(n * share / sum(s for _, s in pools)) or 1):
            if counter >= n:
                break
            u = rng.choice(pool)
            counter += 1
            year = rng.randint(2021, 2024)
            number = f"{counter}/KH-UBND"
            issuer = f"UBND {u.kind} {u.name}"
            unit_label = f"{u.kind} {u.name}"
            refs = [Reference(r.number, r.type, r.issuer, r.date, rel, (0, 0), r.quote)
                    for r, rel in zip(rng.sample(national, 3), ["basis", "cites", "cites"])]
            parent = by_key.get(u.parent) if u.parent else None
            if parent and issued.get(parent.key):
                up = rng.choice(issued[parent.key])
                refs.insert(0, Reference(up.number, up.type, up.issuer, up.date, "implements", (0, 0), up.quote))
            kids = "các xã" if u.level == "district" else "các huyện" if u.level == "province" else None
            assigns = [Assignment(d, unit_label, "lead", False, False, ["Chủ trì tham mưu"], (0, 0))
                       for d in rng.sample(DEPARTMENTS, 2)]
            for a in assigns:
                if rng.random() < 0.5:
                    a.deadline, a.report_to = f"{year}-{rng.randint(1, 12):02d}-15", issuer
            mine = issued.get(u.key)
            if mine and rng.random() < 0.05:
                old = rng.choice(mine)
                refs.append(Reference(old.number, old.type, old.issuer, old.date, "cites", (0, 0), old.quote,
                                      effect="replaces"))
            if kids:
                assigns.append(Assignment(f"UBND {kids}", unit_label, "lead", False, True,
                                          ["Xây dựng, ban hành kế hoạch"], (0, 0)))
            date = _date(rng, year)
            doc = DocumentRecord(number=number, type="Kế hoạch", issuer=issuer,
                                 issuer_unit=f"{unit_label}, tỉnh {u.province}" if u.level != "province" else unit_label,
                                 province=u.province, date=date, place=u.name,
                                 title=f"Kế hoạch cải cách hành chính {unit_label} năm {year}", signer=None,
                                 span=(0, 100), references=refs, assignments=assigns, effective_from=date,
                                 period={"from": f"{year}-01-01", "to": f"{year}-12-31"})
            issued.setdefault(u.key, []).append(
                Reference(number, "Kế hoạch", issuer, date, "implements", (0, 0), f"Kế hoạch số {number}"))
            yield FileRecord(source=f"synthetic/{counter:07d}.txt", documents=[doc])
    # later national decisions that replace a tenth of the national documents the plans rest on
    for i, old in enumerate(rng.sample(national, len(national) // 10)):
        year = rng.randint(2022, 2025)
        number = f"{90000 + i}/QĐ-TTg"
        doc = DocumentRecord(number=number, type="Quyết định", issuer="Thủ tướng Chính phủ", issuer_unit=None,
                             province=None, date=_date(rng, year), place="Hà Nội", title="Thay thế", signer=None,
                             span=(0, 100), references=[Reference(old.number, old.type, old.issuer, old.date, "cites",
                                                                  (0, 0), old.quote, effect="replaces")],
                             effective_from=f"{year}-12-31")
        yield FileRecord(source=f"synthetic/national-{i:05d}.txt", documents=[doc])
