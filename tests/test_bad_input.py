"""A batch of bad files made here (never committed): each gets one clear line naming it, the batch goes
on past it, the graph holds exactly what the good files say, and memory stays bounded."""

import os
import re
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT, SEEDS
from tests.test_loaders import BAD, make_pdf

GOOD = SEEDS[3]  # the clean seed


def _bad_files(folder):
    for name, data in BAD:
        (folder / name).write_bytes(data)
    pdf = make_pdf(GOOD.read_text(encoding="utf-8"), folder / "whole.pdf").read_bytes()
    (folder / "whole.pdf").unlink()
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    from PIL import Image

    Image.new("RGB", (400, 300), "white").save(folder / "blank-scan.pdf")  # no text layer, nothing to read
    with zipfile.ZipFile(folder / "bomb.docx", "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:document>" + " " * (210 * 1024 * 1024) + "</w:document>")
    (folder / "script.html").write_text("<html><script>alert('x')</script><body><p>không có văn bản</p></body></html>",
                                        encoding="utf-8")
    (folder / "kế hoạch số 12 của xã.txt").write_bytes(b"")
    sub = folder / ".." / folder.name / "dots"
    sub.mkdir()
    (sub / "..name.txt").write_bytes(b"\xff\xfe\x00")
    return [p for p in folder.rglob("*") if p.is_file()]


def _vanban(*args, env=None):
    return subprocess.run([sys.executable, "-m", "vanban", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env or os.environ.copy(), timeout=600)


def _counts(db):
    r = _vanban("cypher", "MATCH (n) WHERE n:Document OR n:Body RETURN count(n) AS n", "--json", "--db", str(db))
    e = _vanban("cypher", "MATCH (:Document)-[r]->() RETURN count(r) AS n", "--json", "--db", str(db))
    import json

    return json.loads(r.stdout)["rows"][0]["n"], json.loads(e.stdout)["rows"][0]["n"]


def test_a_batch_goes_on_past_bad_files_and_holds_only_the_good(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    bad = _bad_files(folder)
    (folder / GOOD.name).write_bytes(GOOD.read_bytes())
    run = _vanban("ingest", str(folder), "--db", str(tmp_path / "db"), "--quiet")
    assert run.returncode == 1
    failed = [line for line in run.stderr.splitlines() if line.startswith("không nạp được: ")]
    assert "Traceback" not in run.stderr
    readable = {"script.html"}  # loads: its text is read, the script is not
    for f in bad:
        if f.name in readable:
            continue
        assert sum(f.name in line for line in failed) == 1, (f.name, run.stderr)
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / GOOD.name).write_bytes(GOOD.read_bytes())
    (alone / "script.html").write_bytes((folder / "script.html").read_bytes())
    assert _vanban("ingest", str(alone), "--db", str(tmp_path / "db2"), "--quiet").returncode == 0
    assert _counts(tmp_path / "db") == _counts(tmp_path / "db2")
    leaked = _vanban("cypher", "MATCH (d:Document) WHERE d.text CONTAINS 'alert' RETURN count(d) AS n", "--json",
                     "--db", str(tmp_path / "db"))
    assert '"n": 0' in leaked.stdout


def test_scanned_pdf_without_ocr_says_how_to_enable_it(tmp_path):
    from PIL import Image

    path = tmp_path / "scan.pdf"
    Image.new("RGB", (400, 300), "white").save(path)
    env = {**os.environ, "PATH": str(tmp_path)}  # no tesseract, no pdftoppm
    r = _vanban("extract", str(path), env=env)
    assert r.returncode == 1 and "tesseract-ocr-vie" in r.stderr and "scan.pdf" in r.stderr


def test_a_100_mb_text_file_is_refused_in_bounded_memory(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        line = ("Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ;\n" * 100).encode()
        while f.tell() < 100 * 1024 * 1024:
            f.write(line)
    # VmHWM, not ru_maxrss: the latter carries over the parent's peak across exec
    code = ("import sys\nfrom loaders import extract_file, LoadError\n"
            "try:\n    extract_file(sys.argv[1])\nexcept LoadError as e:\n    print(e)\n"
            "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))")
    r = subprocess.run([sys.executable, "-c", code, str(big)], capture_output=True, text=True, cwd=ROOT)
    message, rss_kb = r.stdout.strip().splitlines()
    assert "quá lớn" in message and "big.txt" in message
    assert int(rss_kb) < 300 * 1024, f"peak RSS {int(rss_kb) // 1024} MB"
    print(f"peak RSS on the 100 MB file: {int(rss_kb) // 1024} MB")


@pytest.mark.parametrize("name", ["../../etc/passwd.txt", "kế hoạch/../../x.docx", "..", "tệp.PDF"])
def test_upload_names_cannot_escape(name):
    from webui.upload import safe_name

    s = safe_name(name)
    assert "/" not in s and not s.startswith(".") and s


def test_the_cli_prints_a_table_a_person_reads(tmp_path):
    """Issues 14, 22: no Python reprs (None, False, ['...']), no English; a row's tasks on its line."""
    db = tmp_path / "db"
    assert _vanban("ingest", str(ROOT / "corpus" / "seeds"), "--db", str(db), "--quiet").returncode == 0
    out = _vanban("query", "uncovered_mandates", "--db", str(db)).stdout
    lines = out.splitlines()
    assert lines[0] == "văn bản | cơ quan | nhóm | nhiệm vụ | thời hạn | định kỳ | báo cáo về | từ khôi phục phải đoán (bản quét)"
    assert lines[-1].endswith(" dòng)")
    assert "None" not in out and "['" not in out and "False" not in out
    rows = lines[1:-1]
    assert len(rows) > 10 and all(r.count(" | ") == 7 for r in rows)  # one row a line, its tasks on it
    assert all(re.match(r"(Kế hoạch|Quyết định) \S+ của ", r) for r in rows), rows[:3]


def test_cli_parameters_are_numbers_when_they_are_numbers(tmp_path):
    r = _vanban("cypher", "RETURN $y + 1 AS n", "-p", "y=2024", "--db", str(tmp_path / "db"))
    assert r.returncode == 0 and r.stdout.splitlines()[:2] == ["n", "2025"], r.stdout + r.stderr
    bad = _vanban("query", "coverage", "-p", "document=1/KH-X", "-p", "level=làng", "--db", str(tmp_path / "db"))
    assert bad.returncode == 1 and "cấp phải là một trong" in bad.stderr and "Traceback" not in bad.stderr


def test_the_progress_bar_counts_files_in_the_graph(tmp_path):
    """Issue 14: the bar counts files committed, never the files read ahead of the writer."""
    import re

    r = _vanban("ingest", str(ROOT / "corpus" / "real"), "--db", str(tmp_path / "db"), "--batch", "5")
    assert r.returncode == 0
    states = [(int(a), int(b)) for a, b in re.findall(r"\] (\d+)/\d+ tệp đã vào đồ thị, đã đọc (\d+)", r.stderr)]
    assert states and all(settled <= read for settled, read in states)
    assert states[-1][0] == 62 and any(settled < read for settled, read in states)


def test_the_readme_json_example_is_real_output():
    """Issue 14: the README shows what the reader produces, not a cleaned-up wish."""
    import json
    import re

    from loaders import extract_file

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = json.loads(re.search(r"```json\n(\{\"source\".*?)\n```", readme, re.S).group(1))
    real = extract_file(ROOT / shown["source"]).to_dict()["documents"][0]
    doc = shown["documents"][0]
    for field, value in doc.items():
        if not isinstance(value, list) or field in ("span", "flags"):
            assert real[field] == value, field
            continue
        for item in value:
            if field == "assignments":
                match = next(a for a in real[field] if a["body"] == item["body"])
                assert all(match[k] == v for k, v in item.items() if k != "tasks"), item
                assert match["tasks"][:len(item["tasks"])] == item["tasks"]
            else:
                assert item in real[field], (field, item)
