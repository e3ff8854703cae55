"""The extraction scores of ../shared/eval, computed on the bundled corpus against the bundled gold."""

import json

import pytest

from loaders import extract_file
from tests import scoring
from tests.conftest import GOLD, SEEDS

THRESHOLDS = {"refs_f1": 0.97, "relation": 0.95, "ref_issuer": 0.93, "ref_date": 0.95,
              "bodies_f1": 0.90, "doc_fields": 0.95, "accents": 0.90}


@pytest.fixture(scope="module")
def scores() -> dict:
    t = {k: scoring.Ratio() for k in ["doc_found", "doc_type", "doc_issuer", "doc_date", "doc_title",
                                      "doc_signer", "ref_type", "ref_issuer", "ref_date", "ref_relation", "accents"]}
    t["refs"], t["bodies"] = scoring.Tally(), scoring.Tally()
    for seed in SEEDS:
        gold = json.loads((GOLD / f"{seed.stem}.json").read_text(encoding="utf-8"))
        pred = json.loads(json.dumps(extract_file(seed).to_dict()))
        scoring.score_file(seed.stem, gold, pred, t, False)
    return {
        "refs_f1": t["refs"].prf()[2], "relation": t["ref_relation"].value(), "ref_issuer": t["ref_issuer"].value(),
        "ref_date": t["ref_date"].value(), "bodies_f1": t["bodies"].prf()[2],
        "doc_fields": (t["doc_type"].value() + t["doc_issuer"].value() + t["doc_date"].value()) / 3,
        "accents": t["accents"].value(),
    }


@pytest.mark.parametrize("metric", sorted(THRESHOLDS))
def test_score_reaches_threshold(scores: dict, metric: str) -> None:
    assert scores[metric] >= THRESHOLDS[metric], f"{metric} = {scores[metric]:.3f}"
