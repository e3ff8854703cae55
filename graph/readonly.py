"""The console's gate: a query is read as Cypher tokens before the database sees it, and refused unless it is
one bounded read.

A lexer, not patterns over stripped text: it knows strings (with their escapes), comments, backquoted names
and parameters, so a comment marker inside a string or a keyword inside a name cannot hide a write, and a
query cannot close the brackets it is run inside. What is refused, each with its limit named: writes and
procedure calls (CREATE, MERGE, SET, DELETE, REMOVE, DROP, FOREACH, LOAD CSV, CALL), several statements,
unbalanced brackets, nesting deeper than MAX_DEPTH, text longer than MAX_LENGTH, `range()` longer than
MAX_RANGE (MAX_REDUCE_RANGE inside `reduce`) or with bounds that are not plain numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.errors import QueryError

MAX_LENGTH = 4_000  # characters
MAX_DEPTH = 8  # brackets inside brackets: parsing time grows fast with depth
MAX_RANGE = 10_000  # elements of one range()
MAX_REDUCE_RANGE = 1_000  # reduce() builds a value per element: a string grows with each

WRITES = {"CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "FOREACH", "LOAD", "CALL"}
_OPEN, _CLOSE = "([{", ")]}"


@dataclass(frozen=True)
class Token:
    kind: str  # name, quoted, string, number, param, punct
    text: str
    start: int
    end: int

    @property
    def word(self) -> str:
        return self.text.upper() if self.kind == "name" else ""


_NUMBER = re.compile(r"0x[0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+")
_NAME = re.compile(r"[^\W\d]\w*")
_PUNCT = re.compile(r"<>|<=|>=|=~|->|<-|\.\.|\+=|[^\w\s]")


def tokens(query: str) -> list[Token]:
    """The query's tokens, comments left out. Raises QueryError on an unterminated string, name or comment."""
    out: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif query.startswith("//", i):
            j = query.find("\n", i)
            i = n if j < 0 else j + 1
        elif query.startswith("/*", i):
            j = query.find("*/", i + 2)
            if j < 0:
                raise QueryError("một chú thích mở bằng /* không được đóng")
            i = j + 2
        elif c in "'\"":
            j = i + 1
            while j < n and query[j] != c:
                j += 2 if query[j] == "\\" else 1
            if j >= n:
                raise QueryError("một chuỗi không được đóng")
            out.append(Token("string", query[i:j + 1], i, j + 1))
            i = j + 1
        elif c == "`":
            j = i + 1
            while True:
                j = query.find("`", j)
                if j < 0:
                    raise QueryError("một `tên trong dấu nháy` không được đóng")
                if query.startswith("``", j):  # a doubled backquote is one inside the name
                    j += 2
                    continue
                break
            out.append(Token("quoted", query[i:j + 1], i, j + 1))
            i = j + 1
        elif c == "$":
            m = _NAME.match(query, i + 1) or _NUMBER.match(query, i + 1)
            end = m.end() if m else i + 1
            out.append(Token("param", query[i:end], i, end))
            i = end
        elif c.isdigit() or (c == "." and i + 1 < n and query[i + 1].isdigit()):
            m = _NUMBER.match(query, i)
            out.append(Token("number", m.group(), i, m.end()))
            i = m.end()
        elif _NAME.match(query, i):
            m = _NAME.match(query, i)
            out.append(Token("name", m.group(), i, m.end()))
            i = m.end()
        else:
            m = _PUNCT.match(query, i)
            out.append(Token("punct", m.group(), i, m.end()))
            i = m.end()
    return out


def check_read_only(query: str) -> list[Token]:
    """Raise QueryError unless `query` is one read within the console's limits; its tokens otherwise."""
    if len(query) > MAX_LENGTH:
        raise QueryError(f"truy vấn dài {len(query)} ký tự; bảng điều khiển nhận tối đa {MAX_LENGTH}")
    toks = tokens(query)
    while toks and toks[-1].text == ";":
        toks.pop()
    stack: list[str] = []
    for k, t in enumerate(toks):
        if t.kind == "punct" and t.text == ";":
            raise QueryError("chỉ được một câu lệnh")
        if t.kind == "punct" and t.text in _OPEN:
            stack.append(_CLOSE[_OPEN.index(t.text)])
            if len(stack) > MAX_DEPTH:
                raise QueryError(f"ngoặc lồng nhau quá {MAX_DEPTH} tầng")
        elif t.kind == "punct" and t.text in _CLOSE:
            if not stack or stack.pop() != t.text:
                raise QueryError(f"dấu '{t.text}' không cân ở ký tự thứ {t.start + 1}")
        elif t.word in WRITES and not _is_a_name_here(toks, k):
            what = "LOAD CSV" if t.word == "LOAD" else t.word
            raise QueryError(f"ở đây chỉ được truy vấn đọc ('{what}' ghi dữ liệu hoặc gọi thủ tục)")
        elif t.word == "RANGE" and k + 1 < len(toks) and toks[k + 1].text == "(":
            _check_range(toks, k, inside_reduce=_inside(toks, k, "REDUCE"))
    if stack:
        raise QueryError(f"một dấu ngoặc không được đóng (thiếu '{stack[-1]}')")
    return toks


def _is_a_name_here(toks: list[Token], k: int) -> bool:
    """`n.set`, `{delete: 1}`, `:Create`: a property, map key or label spelled like a keyword."""
    before = toks[k - 1].text if k else ""
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    return before in (".", ":") or after == ":"


def _inside(toks: list[Token], k: int, function: str) -> bool:
    """Whether token k stands inside the brackets of a call to `function`."""
    depth = 0
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if t.text in _CLOSE:
            depth += 1
        elif t.text in _OPEN:
            if depth == 0:
                if j and toks[j - 1].word == function and t.text == "(":
                    return True
            else:
                depth -= 1
    return False


def _check_range(toks: list[Token], k: int, inside_reduce: bool) -> None:
    args: list[list[Token]] = [[]]
    depth = 0
    for t in toks[k + 2:]:
        if t.text in _OPEN:
            depth += 1
        elif t.text in _CLOSE:
            if depth == 0:
                break
            depth -= 1
        if depth == 0 and t.text == ",":
            args.append([])
        else:
            args[-1].append(t)
    values = [_integer(a) for a in args]
    if None in values or len(values) not in (2, 3):
        raise QueryError("range() ở đây chỉ nhận số nguyên, ví dụ range(1, 100)")
    start, stop, step = values[0], values[1], values[2] if len(values) == 3 else 1
    if step == 0:
        raise QueryError("range() cần bước khác 0")
    size = max(0, (stop - start) // step + 1)
    bound = MAX_REDUCE_RANGE if inside_reduce else MAX_RANGE
    if size > bound:
        where = " trong reduce()" if inside_reduce else ""
        raise QueryError(f"range() có {size} phần tử{where}; bảng điều khiển cho phép tối đa {bound}")


def _integer(arg: list[Token]) -> int | None:
    text = "".join(t.text for t in arg)
    return int(text) if re.fullmatch(r"-?\d+", text) else None


def blank_comments(query: str, toks: list[Token]) -> str:
    """The query with every character between tokens that is not white space (a comment) made a space."""
    chars, pos = list(query), 0
    for t in [*toks, Token("end", "", len(query), len(query))]:
        for i in range(pos, t.start):
            if not chars[i].isspace():
                chars[i] = " "
        pos = t.end
    return "".join(chars)


def bounded(query: str, toks: list[Token], limit: int, limit_param: str) -> str:
    """The query with its answer cut in the database at $limit_param (= limit) rows.

    A single query ends with RETURN ... [ORDER BY] [SKIP] [LIMIT]: its own LIMIT stays if it is a number no
    larger, else gives way to the parameter, which is added if there is none. A UNION is run inside CALL { }
    (its brackets are balanced: it cannot close it). Comments are blanked out, offsets kept: FalkorDB 4 drops
    its connection on some queries with a comment inside CALL { } (measured on a named query's header)."""
    text = blank_comments(query, toks).rstrip()
    while text.endswith(";"):
        text = text[:-1].rstrip()
    depth, returns, limit_at, union = 0, -1, -1, False
    for i, t in enumerate(toks):
        if t.text in _OPEN:
            depth += 1
        elif t.text in _CLOSE:
            depth -= 1
        elif depth == 0 and t.word == "UNION":
            union = True
        elif depth == 0 and t.word == "RETURN":
            returns, limit_at = i, -1
        elif depth == 0 and t.word == "LIMIT" and returns >= 0:
            limit_at = i
    if union:
        return f"CALL {{\n{text}\n}}\nRETURN * LIMIT ${limit_param}"
    if limit_at >= 0:
        own = toks[limit_at + 1:]
        if len(own) == 1 and own[0].kind == "number" and own[0].text.isdigit() and int(own[0].text) <= limit:
            return text
        return f"{text[:toks[limit_at].start]}LIMIT ${limit_param}"
    return f"{text}\nLIMIT ${limit_param}"
