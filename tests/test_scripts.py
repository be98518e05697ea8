"""Every script: Chinese company and place names reach charts, deck and memo as real glyphs.

The corpus has no article with Chinese names, so this one is written here; it names 长鑫存储
(ChangXin Memory) and 合肥 (Hefei) as the owners of its figures, so they appear in chart labels,
slide text and the memo alike.
"""

from __future__ import annotations

import warnings

import pymupdf
from conftest import PINNED_DATE
from pptx import Presentation
from pptx.oxml.ns import qn

from briefing import BuildOptions, build_briefing

ARTICLE = """长鑫存储 Lifts DRAM Output at 合肥 Fab
ChangXin Memory Technologies (长鑫存储) Expands Its Hefei (合肥) Plant
长鑫存储 said its DRAM revenue rose 30% in the third quarter, while its average selling price fell 4%. The city of 合肥 will invest $1.5 billion in a new production line.
Key Takeaways
- 长鑫存储's DRAM revenue rose 30% in the third quarter.
- 合肥 will invest $1.5 billion in a new production line.
- Greek and Cyrillic readers see Ελλάδα and Россия drawn too.
Analysis
Rising output at 长鑫存储 shows how quickly Chinese memory makers are adding capacity.
Did You Know?
- 长鑫存储 (CXMT):
- ChangXin Memory Technologies, China's largest DRAM maker, is based in 合肥.
"""
NAMES = ("长鑫存储", "合肥")


def build(tmp_path, text=ARTICLE):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = build_briefing(text, tmp_path, BuildOptions(build_date=PINNED_DATE))
    return result, [str(w.message) for w in caught]


def test_chinese_names_own_their_figures_and_charts(tmp_path):
    result, caught = build(tmp_path)
    subjects = {f.subject for f in result.briefing.figures}
    assert set(NAMES) <= subjects
    titles = " ".join(c.title for c in result.briefing.charts)
    assert all(name in titles for name in NAMES)
    assert not [m for m in caught if "missing from" in m]  # matplotlib found a glyph for every label
    assert not [w for w in result.warnings if "no font" in w or "cannot" in w]


def test_deck_runs_declare_an_east_asian_font(tmp_path):
    result, _ = build(tmp_path)
    deck = Presentation(result.deck)
    runs = [run for slide in deck.slides for shape in slide.shapes if shape.has_text_frame
            for paragraph in shape.text_frame.paragraphs for run in paragraph.runs if "长鑫存储" in run.text]
    assert runs
    for run in runs:
        east_asian = run._r.find(qn("a:rPr")).find(qn("a:ea"))
        assert east_asian is not None and east_asian.get("typeface")


def test_memo_draws_every_character(tmp_path):
    result, _ = build(tmp_path)
    doc = pymupdf.open(result.memo)
    text = "".join(page.get_text() for page in doc)
    for word in (*NAMES, "Ελλάδα", "Россия"):
        assert word in text
    for page in doc:
        for span in page.get_texttrace():
            assert all(glyph != 0 for _code, glyph, *_rest in span["chars"] if chr(_code).strip())
        assert all(font[1] != "n/a" for font in page.get_fonts(full=True))  # every font embedded


def test_a_character_no_font_has_is_named_in_a_warning(tmp_path):
    result, _ = build(tmp_path, ARTICLE.replace("Rising output", "Rising \u2603 output"))
    assert any("\u2603" in warning for warning in result.warnings)
