"""Whole documents: the full record of each bundled seed, compared with its golden file.

After an intended change: VANBAN_UPDATE_GOLDEN=1 pytest tests/test_golden.py, then review the diff.
"""

import json
import os

import pytest

from loaders import extract_file
from tests.conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_golden(seed):
    got = extract_file(seed).to_dict()
    got["source"] = seed.name
    path = GOLDEN / f"{seed.stem}.json"
    if os.environ.get("VANBAN_UPDATE_GOLDEN"):
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))
