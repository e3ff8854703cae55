"""Layout: where each document of a file lies, and the parts (sections) of each document.

Nghị định 30/2020/NĐ-CP, Phụ lục I fixes the parts of every administrative document:
header (quốc hiệu, issuing body, số/ký hiệu, place and date), title (type and trích yếu),
preamble (căn cứ ban hành), body (articles or I./II. sections), execution clause,
signature and nơi nhận. The other readers each read one part.
"""

from __future__ import annotations

from loaders import patterns as P
from loaders.text import Text


def split_documents(text: Text) -> list[tuple[int, int]]:
    """Where each document of a file starts: at each header that opens with the national motto."""
    starts = [0]
    for m in P.MOTTO.finditer(text.folded):
        line_start = text.folded.rfind("\n", 0, m.start()) + 1
        if line_start - starts[-1] > 1500:
            starts.append(line_start)
    ends = starts[1:] + [len(text.clean)]
    return list(zip(starts, ends))
