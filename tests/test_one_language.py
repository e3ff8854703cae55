"""One language on a page (issue 14): every word a person reads in the UI is Vietnamese.

The test walks every page reachable from the home page, plus the pages a person reaches by a form or a
mistake (reports with their filters, each named query, the console with a broken query, a bad upload, a
missing page), and fails on a word that is neither a Vietnamese syllable nor in the short list below.
The documents' own words (titles, names, tasks, the text itself) are data, not UI, and are left out.
"""

import html
import io
import re
from collections import deque
from urllib.parse import urljoin, urlparse

import pytest

from language.text import fold
from webui import create_app

# A Vietnamese syllable, without its diacritics: onset, vowels, final consonant.
SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
# Terms a Vietnamese administrative reader uses as they are.
ALLOWED = {"vanban", "graph", "cypher", "json", "csv", "atom", "rdf", "turtle", "graphml", "neo4j", "falkordb",
           "email", "pdf", "docx", "html", "htm", "txt", "url", "ocr", "id", "mb", "kb", "ms", "utc", "bolt", "shift"}
TAGS_NOT_READ = re.compile(r"<(script|style|pre|code|textarea|svg)\b.*?</\1>", re.S | re.I)


def visible_words(page: str) -> list[str]:
    text = TAGS_NOT_READ.sub(" ", page)
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    text = re.sub(r"https?://\S+|\S+@\S+|\b\w+\.(?:gov|com|vn)\S*", " ", text)  # addresses are not words
    return re.findall(r"[^\W\d_]+", text)


def visible_words_with_digits(page: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", TAGS_NOT_READ.sub(" ", page))
    return html.unescape(text).split()


def foreign(word: str, data: set[str]) -> bool:
    low = fold(word)
    if low in data or low in ALLOWED or SYLLABLE.fullmatch(low):
        return False
    return not (word.isupper() and len(word) <= 10 and word not in CODES)  # abbreviations: UBND, CCHC, TTg ...


# Graph codes are English words in capitals: they must not reach a page.
CODES = {"CITES", "IMPLEMENTS", "ASSIGNS", "PROMULGATES", "BASIS", "ISSUED_BY", "REPLACES", "AMENDS", "REPEALS",
         "SUSPENDS", "GUIDES", "EXTENDS", "NULL", "TRUE", "FALSE", "NONE"}


@pytest.fixture(scope="module")
def client(seeded_store):
    return create_app({"STORE": seeded_store, "TESTING": True}).test_client()


@pytest.fixture(scope="module")
def data_words(seeded_store) -> set[str]:
    """Every word the documents themselves put in the graph."""
    words: set[str] = set()
    for q in ("MATCH (n) RETURN properties(n) AS p", "MATCH ()-[r]->() RETURN properties(r) AS p"):
        for row in seeded_store.read(q, {}):
            for v in row["p"].values():
                for s in v if isinstance(v, list) else [v]:
                    if isinstance(s, str):
                        words.update(fold(w) for w in re.findall(r"[^\W\d_]+", s))
    return words


def walk(client, start: list[str], limit: int = 400) -> dict[str, str]:
    seen: dict[str, str] = {}
    todo = deque(start)
    while todo and len(seen) < limit:
        url = todo.popleft()
        if url in seen:
            continue
        r = client.get(url)
        if not r.content_type.startswith("text/html"):
            continue
        page = r.get_data(as_text=True)
        seen[url] = page
        for href in re.findall(r'href="([^"#]+)"', page):
            nxt = urljoin(url, html.unescape(href))
            p = urlparse(nxt)
            if p.netloc or p.path.endswith((".json", ".atom", ".csv", ".ttl", ".css", ".js", ".png", ".svg")):
                continue
            todo.append(p.path + (f"?{p.query}" if p.query else ""))
    return seen


def test_every_page_is_in_vietnamese(client, data_words):
    start = ["/", "/reports/uncovered", "/reports/coverage?document=17/KH-UBND&level=xã",
             "/reports/stale", "/reports/overdue", "/reports/unresolved", "/queries", "/cypher", "/upload",
             "/search?q=tuy%C3%AAn+truy%E1%BB%81n", "/documents/no-such-document", "/no-such-page",
             "/reports/coverage?document=17/KH-UBND&level=galaxy", "/search?q=&year=abc"]
    pages = walk(client, start)
    # mistakes a person makes: a broken query in the console, a file that is not a document
    pages["POST /cypher"] = client.post("/cypher", data={"query": "MATCH (n RETURN n"}).get_data(as_text=True)
    pages["POST /cypher write"] = client.post("/cypher", data={"query": "CREATE (n:X) RETURN n"}).get_data(as_text=True)
    pages["POST /upload"] = client.post("/upload", data={"files": (io.BytesIO(b"PK\x03\x04 broken"), "bad.docx")},
                                        content_type="multipart/form-data", follow_redirects=True).get_data(as_text=True)
    assert len(pages) > 30, sorted(pages)
    data_words = data_words | {"galaxy", "abc", "no", "such", "document"}  # typed by the person, quoted back
    found: dict[str, set[str]] = {}
    for url, page in pages.items():
        for w in visible_words(page):
            if foreign(w, data_words):
                found.setdefault(w, set()).add(url)
    assert not found, "\n".join(f"{w}: {sorted(u)[:3]}" for w, u in sorted(found.items()))
    # dates as a Vietnamese reader writes them: 04/02/2024, not 2024-02-04
    iso = {url: m.group() for url, page in pages.items()
           for m in [re.search(r"\b(19|20)\d\d-\d\d-\d\d\b", " ".join(visible_words_with_digits(page)))] if m}
    assert not iso, iso


@pytest.mark.parametrize("word,is_foreign", [
    ("relation", True), ("status", True), ("CITES", True), ("issuer", True), ("document", True),
    ("quyết", False), ("nghiêng", False), ("UBND", False), ("Cypher", False),
])
def test_the_word_check_itself(word, is_foreign):
    assert foreign(word, set()) is is_foreign
