"""The extractor on random and mutated real text: it never raises, and every span lies inside the text.
10,000 examples in all (6,000 random, 4,000 mutated seed excerpts)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import extract_text
from tests.conftest import SEEDS

TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
ALPHABET = st.characters(codec="utf-8", categories=("L", "N", "P", "Z", "S", "Cc"))
SETTINGS = dict(deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def check(text: str) -> None:
    n = len(text)
    for d in extract_text(text):
        assert 0 <= d.span[0] <= d.span[1] <= n
        for r in d.references:
            assert 0 <= r.span[0] <= r.span[1] <= n, r
            assert r.relation in ("basis", "implements", "promulgated_by", "cites")
        for u in d.unnumbered_references:
            assert 0 <= u.span[0] <= u.span[1] <= n
        for a in d.assignments:
            assert 0 <= a.span[0] <= a.span[1] <= n and a.body


@settings(max_examples=6000, **SETTINGS)
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_random_text(text):
    check(text)


@st.composite
def mutated(draw):
    doc = draw(st.sampled_from(TEXTS))
    start = draw(st.integers(0, len(doc) - 1))
    piece = list(doc[start:start + draw(st.integers(50, 1500))])
    for _ in range(draw(st.integers(0, 20))):
        if not piece:
            break
        i = draw(st.integers(0, len(piece) - 1))
        op = draw(st.sampled_from(["delete", "insert", "replace"]))
        ch = draw(st.sampled_from(list("0123456789/-:;,. \nQDĐđKHUBNDTtgcủaốsố\u00ad\u200b\r\t")))
        if op == "delete":
            del piece[i]
        elif op == "insert":
            piece.insert(i, ch)
        else:
            piece[i] = ch
    return "".join(piece)


@settings(max_examples=4000, **SETTINGS)
@given(mutated())
def test_mutated_real_text(text):
    check(text)


# What cleaning changes: line ends, invisible marks, ligatures, runs of spaces of every kind.
CLEANED = st.sampled_from(["\r\n", "\r", "\n", "\u00ad", "\u200b", "\ufeff", "ﬁ", "ﬃ", " ", "  ", "\t", "\u00a0 ",
                           "\u3000", "a", "Đ", "ư", "x y", "\u00d0"])


def one_entry_per_character(source: str) -> list[int]:
    """The offset map written the slow, obvious way: clean[i] comes from source[offsets[i]]."""
    from language.text import _CHANGES, _INVISIBLE, _LIGATURES

    offsets, last = [], 0
    for m in _CHANGES.finditer(source):
        offsets.extend(range(last, m.start()))
        piece = m.group()
        rep = "\n" if piece[0] in "\r\n" else "" if piece[0] in _INVISIBLE else _LIGATURES.get(piece, " ")
        offsets.extend([m.start()] * len(rep))
        last = m.end()
    return offsets + list(range(last, len(source)))


@settings(max_examples=2000, **SETTINGS)
@given(st.lists(st.one_of(CLEANED, st.text(alphabet=ALPHABET, max_size=5)), max_size=40).map("".join))
def test_the_offset_map_agrees_with_one_entry_per_character(source):
    from language.text import Text

    text, slow = Text.from_source(source), one_entry_per_character(source)
    assert len(slow) == len(text.clean)
    for i in range(len(text.clean)):
        assert text.source_index(i) == slow[i], (i, source)


# The same without two plain spaces in a row, the case read by the faster scan.
CLEANED_NO_DOUBLE_SPACE = st.sampled_from(["\r\n", "\r", "\n", "\u00ad", "\ufeff", "ﬁ", "\t", "x\u00a0 y", "a \u00a0",
                                           "\u3000", "Đ", "ư", "x y", "\u00d0", "\u2009b"])


@settings(max_examples=2000, **SETTINGS)
@given(st.lists(CLEANED_NO_DOUBLE_SPACE, max_size=40).map("".join).filter(lambda s: "  " not in s))
def test_the_offset_map_of_a_text_without_double_spaces(source):
    test_the_offset_map_agrees_with_one_entry_per_character.hypothesis.inner_test(source)


# Header lines around a place and date, with what breaks it: digits and commas in the place, long places, spaces.
NOISE = st.lists(st.sampled_from(["So: 12/KH", " - ", "7", ",", "  ", "\n", "x" * 30, "Hà Nội", "ngày"]), max_size=4)
DATE_LINE = st.tuples(
    NOISE.map("".join), st.sampled_from(["", "Hà Nội", "Tp. Hồ Chí Minh", "y" * 45, "Số 3 phố", "a,b"]),
    st.sampled_from(["", " ", ", ", "  ,  ", "\n", " ,"]), st.sampled_from(["ngày", "ngay", "ngàyy", "ng"]),
    st.sampled_from([" 5", " 05", "5", " 123"]), st.sampled_from([" tháng", " thang"]), st.sampled_from([" 12", " 1"]),
    st.sampled_from([" năm", " nam"]), st.sampled_from([" 2024", " 24"]), NOISE.map("".join),
).map("".join)


@settings(max_examples=3000, **SETTINGS)
@given(st.lists(DATE_LINE, min_size=1, max_size=3).map("".join), st.integers(0, 20), st.integers(0, 400))
def test_the_date_line_search_led_by_its_core_finds_what_the_whole_pattern_finds(s, pos, endpos):
    from loaders.patterns import DATE_IN_LINE

    fast, whole = DATE_IN_LINE.search(s, pos, endpos), DATE_IN_LINE._whole.search(s, pos, endpos)
    assert (fast and (fast.span(), fast.groupdict())) == (whole and (whole.span(), whole.groupdict()))
