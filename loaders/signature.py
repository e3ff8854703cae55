"""The signature block: quyền hạn, chức vụ and the signer's name."""

from __future__ import annotations

from language.tables import SURNAMES
from language.text import Text, fold, norm_space
from language.vocab import restore
from loaders import patterns as P
from loaders.context import lines_of


def signer(text: Text, seg: tuple[int, int]) -> str | None:
    lines = lines_of(text, seg)
    for s, e in reversed(lines[-40:]):
        m = P.SIGNER.match(text.folded[s:e])
        if m and fold(m.group("name").split()[0]) in SURNAMES and len(m.group("name").split()) >= 2:
            words = m.group("name").split()
            if fold(" ".join(words[:2])) in ("noi nhan", "noi nhin"):
                continue
            raw = norm_space(text.clean[s:e])
            return restore(raw, force=True) if not any(c in raw for c in "ăâđêôơư") else raw
    return None
