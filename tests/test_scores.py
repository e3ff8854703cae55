"""The extraction scores of ../shared/eval, computed on the bundled corpus against the bundled gold."""

import json
from pathlib import Path

import pytest

from loaders import extract_file
from tests import scoring
from tests.conftest import GOLD, SEEDS

THRESHOLDS = {"refs_f1": 0.97, "relation": 0.95, "ref_issuer": 0.93, "ref_date": 0.95,
              "bodies_f1": 0.90, "doc_fields": 0.95, "accents": 0.90}


def score_set(pairs: list[tuple[Path, Path]]) -> dict:
    """The scorer's summary figures over (document, gold) pairs, extracted in this process."""
    t = {k: scoring.Ratio() for k in ["doc_found", "doc_type", "doc_issuer", "doc_date", "doc_title",
                                      "doc_signer", "ref_type", "ref_issuer", "ref_date", "ref_relation", "accents"]}
    t["refs"], t["bodies"] = scoring.Tally(), scoring.Tally()
    for doc, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = json.loads(json.dumps(extract_file(doc).to_dict()))
        scoring.score_file(doc.stem, gold, pred, t, False)
    return {
        "refs_f1": t["refs"].prf()[2], "relation": t["ref_relation"].value(), "ref_issuer": t["ref_issuer"].value(),
        "ref_date": t["ref_date"].value(), "bodies_f1": t["bodies"].prf()[2],
        "doc_fields": (t["doc_type"].value() + t["doc_issuer"].value() + t["doc_date"].value()) / 3,
        "accents": t["accents"].value(),
    }


@pytest.fixture(scope="module")
def scores() -> dict:
    return score_set([(seed, GOLD / f"{seed.stem}.json") for seed in SEEDS])


@pytest.mark.parametrize("metric", sorted(THRESHOLDS))
def test_score_reaches_threshold(scores: dict, metric: str) -> None:
    assert scores[metric] >= THRESHOLDS[metric], f"{metric} = {scores[metric]:.3f}"


# The real development set (corpus/real, its OCR twin in tests/real/ocr, gold in tests/real/gold): 62 openings of
# documents from many issuers and years. Issue 11's targets (docs refs_f1 0.95, relation 0.92, ref_issuer 0.92,
# ref_date 0.95, bodies 0.85, doc_fields 0.92; ocr 0.92, 0.90, 0.85, 0.90, 0.75, 0.85), raised to just under what
# the reader measures today where it does better, so that a change that loses ground fails.
REAL_FLOORS = {
    "docs": {"refs_f1": 0.96, "relation": 0.96, "ref_issuer": 0.94, "ref_date": 0.98, "bodies_f1": 0.86,
             "doc_fields": 0.97},
    "ocr": {"refs_f1": 0.93, "relation": 0.92, "ref_issuer": 0.87, "ref_date": 0.98, "bodies_f1": 0.82,
            "doc_fields": 0.97},
}
REAL = Path(__file__).resolve().parent / "real"
REAL_DOCS = {"docs": Path(__file__).resolve().parent.parent / "corpus" / "real", "ocr": REAL / "ocr"}


@pytest.fixture(scope="module", params=sorted(REAL_FLOORS))
def real_scores(request) -> tuple[str, dict]:
    folder = REAL_DOCS[request.param]
    pairs = [(folder / f"{g.stem}.txt", g) for g in sorted((REAL / "gold").glob("*.json"))]
    assert len(pairs) == 62 and all(d.exists() for d, _ in pairs)
    return request.param, score_set(pairs)


@pytest.mark.parametrize("metric", sorted(REAL_FLOORS["docs"]))
def test_real_set_holds_its_floor(real_scores: tuple[str, dict], metric: str) -> None:
    which, got = real_scores
    assert got[metric] >= REAL_FLOORS[which][metric], f"{which} {metric} = {got[metric]:.3f}"
