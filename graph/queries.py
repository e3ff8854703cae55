"""Named Cypher queries from `queries/*.cypher`, and the resolution of their document parameters."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from graph.keys import number_key
from graph.readonly import bounded, check_read_only, tokens
from graph.resolve import issuer_body
from graph.status import as_of_date, day_number
from graph.store import GraphStore
from language.text import fold
from loaders.errors import QueryError


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[str, ...]  # a trailing "?" marks an optional one
    text: str
    # what the answer leaves out and why ("// left_out:" a query counting it as n, "// left_out_says:" the words)
    left_out: str | None = None
    left_out_says: str = ""
    left_out_all: str | None = None  # the count when no document narrows the question (cheaper, bounded)
    # why an empty answer is empty ("// empty:" a query whose one row fills the words of "// empty_says:")
    empty: str | None = None
    empty_says: str = ""

    @property
    def columns(self) -> list[str]:
        """The names its last RETURN gives, so that an empty answer still shows its columns."""
        last = self.text[self.text.upper().rfind("RETURN"):]
        return re.findall(r"\bAS\s+(\w+)", last, re.IGNORECASE)


# Parameters read as a person means them: numbers as numbers, a level in English or Vietnamese.
DOCUMENT_PARAMS = ("document", "source", "target")
BODY_PARAMS = ("issuer", "body")  # a body by key or name ("UBND tỉnh Gia Lai"), in every era of its unit
LEVELS = {"province": "province", "tinh": "province", "thanh pho truc thuoc trung uong": "province",
          "district": "district", "huyen": "district", "quan": "district", "thi xa": "district",
          "thanh pho thuoc tinh": "district",
          "commune": "commune", "xa": "commune", "phuong": "commune", "thi tran": "commune", "dac khu": "commune"}


def literal(name: str, value: object) -> object:
    """A parameter's value as meant: '2024' is 2024, 'true' is True, a level in either language is the level."""
    if not isinstance(value, str) or name in DOCUMENT_PARAMS or name in BODY_PARAMS:
        return value
    if name == "as_of":
        return as_of_date(value)
    v = value.strip()
    if name == "level":
        level = LEVELS.get(fold(v).replace("-", " "))
        if level is None:
            raise QueryError(f"cấp phải là một trong: tỉnh (province), huyện, quận, thị xã (district), "
                             f"xã, phường, thị trấn (commune); không phải '{value}'")
        return level
    if v[:1] in "[{" or v == "null":  # a list or map, as JSON (the console's keys=["..."])
        try:
            return json.loads(v)
        except ValueError:
            raise QueryError(f"tham số '{name}': '{value}' không phải một danh sách hay bảng JSON đọc được") from None
    if re.fullmatch(r"-?\d+", v):
        return int(v)
    if re.fullmatch(r"-?\d+\.\d+", v):
        return float(v)
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    return v


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    out = {}
    for f in sorted(resources.files("queries").iterdir(), key=lambda p: p.name):
        if not f.name.endswith(".cypher") or f.name.count(".") > 1:
            continue  # engine variants (name.neo4j.cypher) sit beside the shared text
        text = f.read_text(encoding="utf-8")
        head = dict(re.findall(r"^//[ \t]*(\w+):[ \t]*(.*)$", text, re.MULTILINE))
        params = tuple(p.strip() for p in head.get("params", "").split(",") if p.strip())
        out[f.name[:-7]] = NamedQuery(f.name[:-7], head.get("title", f.name), head.get("description", ""),
                                      params, text, left_out=head.get("left_out"),
                                      left_out_says=head.get("left_out_says", ""), left_out_all=head.get("left_out_all"),
                                      empty=head.get("empty"), empty_says=head.get("empty_says", ""))
    return out


FIND = """
MATCH (d:Document) WHERE d.number_key = $number_key
RETURN d.key AS key, d.number AS number, d.issuer AS issuer, d.year AS year
"""


def resolve_document(store: GraphStore, spec: str, issuer: str | None = None,
                     year: int | None = None, candidates: list[dict] | None = None) -> tuple[list[str], list[str]]:
    """Node keys for a document given as key, as number in any usual spelling, or as search takes it ("nghi quyet
    76"); (keys, notices). When several match, each is appended to `candidates` for the form to offer."""
    if re.fullmatch(r"[a-z0-9-]+", spec or "") and store.read("MATCH (d:Document {key: $k}) RETURN d.key AS key",
                                                              {"k": spec}):
        return [spec], []
    rows = store.read(FIND, {"number_key": number_key(spec)})
    if not rows and "/" not in spec:  # words and a bare number, as the search box takes them
        from graph.pages import search

        rows = [{**r, "year": int(r["date"][:4]) if r.get("date") else None}
                for r in search(store, spec) if r.get("number")][:MAX_CANDIDATES]
    if issuer:
        rows = [r for r in rows if r["issuer"] and fold(issuer) in fold(r["issuer"])]
    if year:
        rows = [r for r in rows if r["year"] == int(year)]
    if not rows:
        raise QueryError(f"không có văn bản nào khớp với '{spec}'" + (f" của {issuer}" if issuer else "")
                         + (f" năm {year}" if year else ""))
    notices = []
    if len(rows) > 1:
        notices.append(f"'{spec}' khớp với {len(rows)} văn bản: "
                       + "; ".join(f"{r['number']} ({r['issuer'] or '?'}, {r['year'] or '?'})" for r in rows)
                       + " — chọn một văn bản (hoặc thêm cơ quan ban hành, năm); kết quả dưới đây gộp cả "
                         f"{len(rows)}")
        if candidates is not None:
            candidates.extend({"key": r["key"], "number": r["number"], "issuer": r["issuer"], "year": r["year"]}
                              for r in rows)
    return [r["key"] for r in rows], notices


MAX_CANDIDATES = 20
# What else the graph knows of a document a query found nothing for: who cites it, who implements it.
NEAR = """
UNWIND $keys AS k
MATCH (d:Document {key: k})
OPTIONAL MATCH (x:Document)-[r:IMPLEMENTS|CITES]->(d)
RETURN d.number AS number, sum(CASE WHEN type(r) = 'CITES' THEN 1 ELSE 0 END) AS cites,
       sum(CASE WHEN type(r) = 'IMPLEMENTS' THEN 1 ELSE 0 END) AS implements
"""


# a unit's committee has one key per era of the map (before and after the 2025 mergers): a name means them all
_ERA_DATES = (None, "2025-06-30", "2019-12-31")


def resolve_body(store: GraphStore, spec: str) -> list[str]:
    """Body keys for a body given by key or by name, as the graph holds them."""
    spec = (spec or "").strip()
    candidates = {spec}
    for when in _ERA_DATES:
        found = issuer_body(spec, None, None, when)
        if found:
            candidates.add(found[0])
    rows = store.read("UNWIND $keys AS k MATCH (b:Body {key: k}) RETURN b.key AS key", {"keys": sorted(candidates)})
    if not rows:
        rows = store.read("MATCH (b:Body) WHERE b.name = $name RETURN b.key AS key", {"name": spec})
    if not rows:
        raise QueryError(f"không có cơ quan nào khớp với '{spec}' (hãy ghi tên như văn bản ghi, hoặc khóa của nó)")
    return sorted(r["key"] for r in rows)


def serialise(value):  # noqa: ANN001, ANN201
    """Nodes as the contract gives them; everything else as it is."""
    if isinstance(value, dict) and "nodes" in value and "relations" in value:
        return {"nodes": [serialise(n) for n in value["nodes"]], "relations": value["relations"]}
    if isinstance(value, dict) and "key" in value:
        if "name" in value:
            return {"key": value["key"], "name": value.get("name"), "unit": value.get("unit")}
        return {k: value.get(k) for k in ("key", "number", "type", "issuer", "date")}
    if isinstance(value, list):
        return [serialise(v) for v in value]
    return value


DEFAULT_LIMIT, MAX_LIMIT = 200, 5000


def run_named(store: GraphStore, name: str, params: dict) -> dict:
    q = named_queries().get(name)
    if q is None:
        raise QueryError(f"không có truy vấn tên '{name}' (xem 'vanban queries')")
    cypher_params: dict = {}
    notices: list[str] = []
    candidates: list[dict] = []
    params = {k: literal(k, v) for k, v in params.items()}
    issuer, year = params.get("issuer"), params.get("year")
    for p in q.params:
        optional = p.endswith("?")
        p = p.rstrip("?")
        value = params.get(p)
        if p == "as_of":  # the date a status is reckoned on: today unless asked; also as a number for indexes
            cypher_params["as_of"] = as_of_date(value)
            cypher_params["as_of_day"] = day_number(cypher_params["as_of"])
            continue
        if p == "limit":  # how many rows: bounded here, whatever is asked
            try:
                cypher_params["limit"] = max(1, min(int(value or DEFAULT_LIMIT), MAX_LIMIT))
            except ValueError:
                raise QueryError(f"số dòng (limit) phải là một số nguyên, không phải '{value}'") from None
            continue
        if value is None:
            if not optional:
                raise QueryError(f"truy vấn '{name}' cần tham số '{p}'")
            cypher_params["keys" if p == "document" else f"{p}_keys" if p in BODY_PARAMS else p] = None
            continue
        if p in DOCUMENT_PARAMS:
            found: list[dict] = []
            keys, n = resolve_document(store, str(value), issuer, year, found)
            notices += n
            candidates += [{**c, "param": p} for c in found]
            cypher_params["keys" if p == "document" else f"{p}_keys"] = keys
        elif p in BODY_PARAMS:
            cypher_params[f"{p}_keys"] = resolve_body(store, str(value))
        else:
            cypher_params[p] = value
    rows = store.read(q.text, cypher_params)
    counted = q.left_out_all if q.left_out_all and cypher_params.get("keys") is None else q.left_out
    if counted:
        left = store.read(counted, cypher_params)
        if left and left[0]["n"]:
            n = left[0]["n"]
            notices.append(f"{'hơn 1000' if n > 1000 else n} {q.left_out_says}")
    if not rows and cypher_params.get("keys") and name != "cited_by":
        for d in store.read(NEAR, {"keys": cypher_params["keys"][:MAX_CANDIDATES]}):
            if d["cites"] or d["implements"]:
                notices.append(f"Không có dòng nào, nhưng {d['number']} được {d['cites']} văn bản trích dẫn và "
                               f"{d['implements']} văn bản thực hiện trong đồ thị (xem truy vấn cited_by)")
    if not rows and q.empty:
        why = store.read(q.empty, cypher_params)
        if why:
            as_of = cypher_params.get("as_of", "")
            notices.append(q.empty_says.format(**{k: v or 0 for k, v in why[0].items()},
                                               as_of="/".join(reversed(as_of.split("-")))))
    if "limit" in cypher_params and len(rows) == cypher_params["limit"]:
        notices.append(f"chỉ hiển thị {len(rows)} dòng đầu; xem thêm với limit= (tối đa {MAX_LIMIT})")
    result = _result(name, params, rows, notices)
    if candidates:
        result["candidates"] = candidates
    if not rows:
        result["columns"] = q.columns
    return result


def run_cypher(store: GraphStore, query: str, params: dict | None = None, timeout_ms: int = 10_000,
               limit: int = 1_000) -> dict:
    """A console query: refused if it writes, run read-only with a timeout, cut at `limit` rows."""
    toks = check_read_only(query)
    missing = sorted({t.text[1:] for t in toks if t.kind == "param"} - set(params or {}))
    if missing:
        raise QueryError(f"truy vấn cần tham số {', '.join(missing)}")
    # the row limit is applied in the database, so a huge answer is never built (the query's text is the
    # console's input by design; values still go only as parameters)
    text = bounded(query, toks, limit + 1, "row_limit")
    with store.long_read():
        rows = store.read(text, {**(params or {}), "row_limit": limit + 1}, timeout_ms=timeout_ms)
    notices = [f"chỉ hiển thị {limit} dòng đầu"] if len(rows) > limit else []
    return _result(query, params or {}, rows[:limit], notices)


def parse_params(lines: str) -> dict:
    """The console's parameter box: one name=value a line, each value read as meant (see `literal`)."""
    out: dict = {}
    for line in lines.splitlines():
        if not line.strip():
            continue
        if "=" not in line:
            raise QueryError(f"dòng tham số '{line.strip()}' không có dạng tên=giá trị")
        name, value = (x.strip() for x in line.split("=", 1))
        out[name] = literal(name, value)
    return out


SAMPLE_DOCUMENT = """
MATCH (d:Document)<-[r:CITES|IMPLEMENTS]-()
RETURN d.key AS key, count(r) AS n ORDER BY n DESC, key LIMIT 1
"""


def example_samples(store: GraphStore) -> dict[str, str]:
    """Values from this graph for the named queries' parameters, as the console's box takes them (read once
    for all the examples of a page)."""
    found = store.read(SAMPLE_DOCUMENT)
    key = json.dumps([found[0]["key"]] if found else [])
    issuer = store.read("MATCH (d:Document) WHERE d.issuer_key IS NOT NULL RETURN d.issuer_key AS k LIMIT 1")
    return {"keys": key, "source_keys": key, "target_keys": key, "limit": "20", "level": "commune",
            "as_of": date.today().isoformat(), "as_of_day": date.today().strftime("%Y%m%d"),
            "issuer_keys": json.dumps([issuer[0]["k"]] if issuer else [])}


def example_params(query: NamedQuery, samples: dict[str, str]) -> str:
    """A named query's parameters filled with `example_samples`, one name=value a line."""
    names = sorted({t.text[1:] for t in tokens(query.text) if t.kind == "param"})
    return "\n".join(f"{n}={samples.get(n, 'null')}" for n in names)


def _result(name: str, params: dict, rows: list[dict], notices: list[str]) -> dict:
    return {"query": name, "params": params, "columns": list(rows[0]) if rows else [],
            "rows": [{k: serialise(v) for k, v in r.items()} for r in rows], "notices": notices}
