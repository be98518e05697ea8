"""Tests of the PDF memo: the block plan, the escaping, and the PDF read back with pymupdf."""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import replace
from typing import TypeVar, get_args

import pymupdf
import pytest
from matplotlib.figure import Figure as MplFigure

from briefing.errors import InputError
from briefing.model import Article, Briefing, ChartPlan, Figure, GlossaryEntry, Section
from briefing.model.formatting import format_date
from briefing.render.charts.draw import RenderedChart
from briefing.render.charts.vector import figure_ops
from briefing.render.fonts import metrics_for
from briefing.render.memo import writer
from briefing.render.memo.document import Layout, ShortPage
from briefing.render.memo.page import MARGIN_BOTTOM, MARGIN_TOP, frame_size, page_size
from briefing.render.memo.pagination import MIN_LAST_PAGE, paginate
from briefing.render.memo.plan import (
    Bullet,
    ChartBlock,
    Field,
    GlossaryLink,
    Heading,
    MemoBlock,
    MemoLabel,
    Note,
    Para,
    SourcesTable,
    Term,
    Title,
    block_texts,
    plan_memo,
)
from briefing.render.memo.styles import NORMAL, TIGHT, Spacing
from briefing.render.memo.text import markup, plain
from briefing.render.memo.writer import render_memo
from briefing.theme import load_theme

BUILD = datetime.date(2026, 11, 25)
THEME = load_theme()

TAKEAWAYS = (
    ("Innotron commits $2.4 billion to establish a chip packaging plant in Shanghai, aiming for "
     "mid-2026 commencement of operations."),
    "China's pursuit of semiconductor self-sufficiency encounters challenges amid US export limitations.",
    ("Micron Technology experiences a 5.5% decline in stock value due to Q4 forecast falling below "
     "expectations, despite benefiting from the AI industry surge."),
    "The new plant by Innotron will prioritize advanced packaging techniques, including through-silicon vias.",
    "While Micron's Q3 revenue surges by 82%, subdued demand persists in traditional markets.",
)


# ---------------------------------------------------------------------------- builders


def _figure(subject: str, metric: str, value: float, unit: str, quote: str, sentence: str,
            period: str = "") -> Figure:
    return Figure(subject=subject, metric=metric, value=value, unit=unit, quote=quote,
                  sentence=sentence, period=period)


def reference_briefing() -> Briefing:
    """A briefing like the one the pipeline makes from the Innotron/CXMT seed article."""
    article = Article(
        title="Innotron Invests $2.4B in Shanghai Chip Plant",
        subtitle="Chinese Tech Giant Innotron Invests $2.4 Billion in Shanghai Chip Plant",
        lead=(("In a significant move, Innotron, the parent company of China's CXMT, has revealed its "
               "plans to invest $2.4 billion in a cutting-edge chip packaging facility in Shanghai."),),
        takeaways=TAKEAWAYS,
        analysis=(("Innotron's substantial investment in Shanghai underscores China's imperative to "
                   "fortify its semiconductor capabilities in the face of US export controls. In the "
                   "long run, it could stabilize China's chip supply."),),
        glossary=(
            GlossaryEntry("Innotron", "Innotron serves as the parent company of China's CXMT."),
            GlossaryEntry("Through-Silicon Vias (TSVs)", "TSVs represent a three-dimensional integration technology."),
            GlossaryEntry("Semiconductor Self-Sufficiency", "A country's capacity to produce its own chips."),
        ),
    )
    figures = (
        _figure("Innotron", "investment", 2.4e9, "USD", "$2.4 billion", TAKEAWAYS[0]),
        _figure("Micron Technology", "share price change", -5.5, "%", "5.5%", TAKEAWAYS[2]),
        _figure("Micron", "revenue growth", 82.0, "%", "82%", TAKEAWAYS[4], period="Q3"),
    )
    charts = (
        ChartPlan("investment", "investment", "Innotron puts $2.4bn into a Shanghai packaging plant",
                  "USD bn", figures[:1], "Source: the article; Innotron", "Bar of $2.4bn"),
        ChartPlan("change", "change", "Micron: revenue up 82%, shares down 5.5%",
                  "%", figures[1:], "Source: the article; Micron", "Two bars around zero"),
    )
    return Briefing(article=article, figures=figures, milestones=(), charts=charts,
                    bottom_line="Innotron's $2.4bn plant is a step towards Chinese chip self-sufficiency.")


def render_chart(plan: ChartPlan) -> RenderedChart:
    """A small real chart: matplotlib's object API, vector operators with outlined text, plus a PNG."""
    fig = MplFigure(figsize=(6.4, 3.2))
    ax = fig.add_subplot()
    ax.bar([f.subject for f in plan.figures], [f.value for f in plan.figures], color="#2A6F97")
    ax.set_ylabel(plan.unit_label)
    png = io.BytesIO()
    vector = figure_ops(fig)
    fig.savefig(png, format="png", dpi=50)
    return RenderedChart(plan, png.getvalue(), vector, 6.4, 3.2)


_CHART_CACHE: dict[str, RenderedChart] = {}


def charts_for(briefing: Briefing) -> list[RenderedChart]:
    out = []
    for plan in briefing.charts:
        if plan.key not in _CHART_CACHE or _CHART_CACHE[plan.key].plan != plan:
            _CHART_CACHE[plan.key] = render_chart(plan)
        out.append(_CHART_CACHE[plan.key])
    return out


MARKUP = '<font size=40>big</font> <a href="file:///etc/passwd">x</a> R&D & <b>bold</b> 1 < 2'
LONG_WORD = "x" * 300


def hostile_briefing() -> Briefing:
    """Markup in every field, CJK names, many terms and figures, long sentences and an unbroken word."""
    base = reference_briefing()
    sentence = ("CXMT (长鑫存储) of 合肥 reported that " + "its memory output rose sharply again, " * 8
                + MARKUP)
    figures = tuple(
        _figure(f"长鑫存储 unit {i} <i>", f"metric & {i}", float(i), "%", f"{i}% <br/>", sentence,
                period=f"Q{i % 4 + 1} 2026")
        for i in range(15)
    )
    figures = (replace(figures[0], subject="y" * 300, quote="z" * 300), *figures[1:])
    article = replace(
        base.article,
        title="长鑫存储 <font size=40>Hefei</font> & co",
        subtitle="合肥 memory maker " + MARKUP,
        takeaways=(*base.article.takeaways, MARKUP, "CXMT (长鑫存储) builds in 合肥.", LONG_WORD),
        analysis=("Analysis with <para> and &amp; entities &nbsp; and control\x01\x0bchars.\ufeff",
                  "长鑫存储在合肥建设新的存储芯片工厂。" * 20),
        takeaways_derived=True,
        glossary=tuple(GlossaryEntry(f"Term {i} <b>&</b>", f"Definition {i} of 长鑫存储. " * 6) for i in range(12)),
        sections=(Section("Outlook <font color=red>", ("Outlook paragraph " + MARKUP,)),),
    )
    return replace(base, article=article, figures=figures, bottom_line="Bottom <a href='x'>line</a> & more")


def render(briefing: Briefing, **kw: object) -> tuple[bytes, tuple[str, ...]]:
    out = io.BytesIO()
    warnings = render_memo(briefing, charts_for(briefing), THEME, out, build_date=BUILD, **kw)
    return out.getvalue(), warnings


@pytest.fixture(scope="module")
def reference_pdf() -> bytes:
    return render(reference_briefing())[0]


@pytest.fixture(scope="module")
def hostile_pdf() -> tuple[bytes, tuple[str, ...]]:
    return render(hostile_briefing())


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return " ".join(page.get_text() for page in doc)


def _squash(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------- plan (no reportlab)


def test_format_date_is_day_month_year() -> None:
    assert format_date(BUILD) == "25 November 2026"
    assert format_date(datetime.date(2026, 1, 5)) == "5 January 2026"


B = TypeVar("B")


def _of(kind: type[B], blocks: tuple[MemoBlock, ...]) -> list[B]:
    return [b for b in blocks if isinstance(b, kind)]


def test_plan_orders_the_memo() -> None:
    briefing = reference_briefing()
    blocks = plan_memo(briefing, charts_for(briefing), THEME, BUILD)
    headings = [b.heading if isinstance(b, SourcesTable) else b.text
                for b in blocks if isinstance(b, (Heading, SourcesTable))]
    assert headings == ["Bottom line", "Key takeaways", "Charts", "What happened", "Analysis",
                        "Background", "Sources"]
    assert {f.label: f.value for f in _of(Field, blocks)} == {
        "To": "Readers of Briefing Desk", "From": "Briefing Desk",
        "Date": "25 November 2026", "Subject": briefing.article.title}
    assert [b.text for b in _of(Bullet, blocks)] == list(TAKEAWAYS)
    assert blocks[0] == MemoLabel("Internal")
    assert [c.chart_index for c in _of(ChartBlock, blocks)] == [0, 1]
    assert _of(ChartBlock, blocks)[0] == ChartBlock(
        "Figure 1. Innotron puts $2.4bn into a Shanghai packaging plant", "Source: the article; Innotron", 0)
    assert [(t.term, t.entry) for t in _of(Term, blocks)] == [
        (entry.term, index) for index, entry in enumerate(briefing.article.glossary)]
    sources = _of(SourcesTable, blocks)[0]
    assert sources.rows[1] == ("5.5%", "Micron Technology", "share price change", "", TAKEAWAYS[2])


def test_plan_links_first_glossary_mentions_in_takeaways_and_analysis() -> None:
    briefing = reference_briefing()
    blocks = plan_memo(briefing, [], THEME, BUILD)
    links = [(b.text, link) for b in _of(Bullet, blocks) + _of(Para, blocks) for link in b.links]
    assert links[0] == (TAKEAWAYS[0], GlossaryLink(0, 8, 0))  # "Innotron", entry 0
    assert sorted(link.entry for _, link in links) == [0, 1, 2]  # each term's first mention only
    assert _of(Para, blocks)[0].links == ()  # the bottom line is not a linked section


def test_plan_notes_derived_takeaways_and_skips_empty_sections() -> None:
    briefing = reference_briefing()
    article = replace(briefing.article, takeaways_derived=True, analysis=(), lead=())
    blocks = plan_memo(replace(briefing, article=article, figures=()), [], THEME, BUILD)
    assert any("derived from the article" in n.text for n in _of(Note, blocks))
    headings = [h.text for h in _of(Heading, blocks)]
    assert "Analysis" not in headings and "Charts" not in headings
    assert _of(SourcesTable, blocks) == []


#: One block of each kind and the strings it prints.
BLOCK_TEXTS: list[tuple[MemoBlock, list[str]]] = [
    (MemoLabel("Internal"), ["Internal"]),
    (Field("To", "Ana"), ["To", "Ana"]),
    (Title("A title"), ["A title"]),
    (Heading("Analysis", 1), ["Analysis"]),
    (Note("A note"), ["A note"]),
    (Para("A paragraph", (GlossaryLink(2, 11, 0),)), ["A paragraph"]),
    (Bullet("A takeaway"), ["A takeaway"]),
    (ChartBlock("Figure 1. Up", "Source: the article", 0), ["Figure 1. Up", "Source: the article"]),
    (Term("TSV", "A via through silicon.", 3), ["TSV", "A via through silicon."]),
    (SourcesTable("Sources", "Every figure.", (("1%", "A", "growth", "", "A grew 1%."),)),
     ["Sources", "Every figure.", "1%", "A", "growth", "", "A grew 1%."]),
]


@pytest.mark.parametrize(("block", "texts"), BLOCK_TEXTS, ids=[type(b).__name__ for b, _ in BLOCK_TEXTS])
def test_block_texts_names_every_printed_string(block: MemoBlock, texts: list[str]) -> None:
    assert block_texts([block]) == texts


def test_block_texts_cases_cover_every_kind() -> None:
    assert {type(block) for block, _ in BLOCK_TEXTS} == set(get_args(MemoBlock))


# ---------------------------------------------------------------------------- text to markup

METRICS = metrics_for(THEME.fonts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R&D", "R&amp;D"),
        ("<font size=40>", "&lt;font size=40&gt;"),
        ('<a href="file:///etc/passwd">x</a>', '&lt;a href="file:///etc/passwd"&gt;x&lt;/a&gt;'),
        ("&nbsp;", "&amp;nbsp;"),
        ("a\x00b\x07c\x0bd", "abc d"),
        ("line\nbreak\ttab", "line break tab"),
        ("zero\u2060width\ufeff", "zerowidth"),
    ],
)
def test_markup_escapes_article_text(text: str, expected: str) -> None:
    assert markup(text, METRICS) == expected


def test_markup_wraps_cjk_in_the_cjk_font() -> None:
    cjk = METRICS.names["cjk"]
    assert markup("CXMT 长鑫存储 & 合肥", METRICS) == (
        f'CXMT <font name="{cjk}">长鑫存储</font> &amp; <font name="{cjk}">合肥</font>')


def test_plain_replaces_characters_no_font_has() -> None:
    assert plain("chip \U0001F680 up", METRICS) == "chip ? up"


# ---------------------------------------------------------------------------- the PDF


def test_reference_memo_has_the_content(reference_pdf: bytes) -> None:
    text = _squash(_text(reference_pdf))
    for takeaway in TAKEAWAYS:
        assert _squash(takeaway) in text
    assert "25 November 2026" in text
    assert "Page 1 of" in text
    assert "INTERNAL" in text


#: What each kind of block prints, as found in the PDF's text.
PRINTED = {
    MemoLabel: lambda b: ["MEMORANDUM"],  # the classification also heads every page: not proof enough
    Field: lambda b: [f"{b.label}: {b.value}"],
    Title: lambda b: [b.text],
    Heading: lambda b: [b.text],
    Note: lambda b: [b.text],
    Para: lambda b: [b.text],
    Bullet: lambda b: [f"\u2022 {b.text}"],
    ChartBlock: lambda b: [b.caption, b.source],
    Term: lambda b: [f"{b.term}: {b.definition}"],
    SourcesTable: lambda b: [b.heading, b.note, *b.rows[0][:3]],
}


def test_every_block_kind_is_written() -> None:
    """A memo with one block or more of every kind: each one's text is in the PDF."""
    briefing = reference_briefing()
    briefing = replace(briefing, article=replace(briefing.article, takeaways_derived=True))
    blocks = plan_memo(briefing, charts_for(briefing), THEME, BUILD)
    assert set(PRINTED) == set(get_args(MemoBlock)) == {type(b) for b in blocks}
    text = _squash(_text(render(briefing)[0]))
    for block in blocks:
        for printed in PRINTED[type(block)](block):
            assert _squash(printed) in text, (block, printed)


def test_reference_memo_metadata(reference_pdf: bytes) -> None:
    briefing = reference_briefing()
    with pymupdf.open(stream=reference_pdf, filetype="pdf") as doc:
        meta = doc.metadata
        assert meta["title"] == briefing.article.title
        assert meta["author"] == THEME.author
        assert meta["subject"] == briefing.article.subtitle
        assert meta["creator"] == "briefing"
        assert "Innotron" in meta["keywords"]
        assert meta["creationDate"].startswith("D:20261125")


def test_reference_memo_bookmarks_every_section(reference_pdf: bytes) -> None:
    with pymupdf.open(stream=reference_pdf, filetype="pdf") as doc:
        toc = doc.get_toc(simple=False)
        top = [entry[1] for entry in toc if entry[0] == 1]
        assert top == ["Bottom line", "Key takeaways", "Charts", "What happened", "Analysis",
                       "Background", "Sources"]
        assert next(entry[1] for entry in toc if entry[0] == 2).startswith("Figure 1.")
        for _level, _title, page, dest in toc:
            assert 1 <= page <= doc.page_count and dest["kind"] == pymupdf.LINK_GOTO


def test_reference_memo_embeds_only_our_fonts(reference_pdf: bytes) -> None:
    with pymupdf.open(stream=reference_pdf, filetype="pdf") as doc:
        fonts = {f for page in doc for f in page.get_fonts(full=True)}
    assert fonts
    for xref, ext, _type, basefont, *_ in fonts:
        assert ext != "n/a", basefont
        assert "Helvetica" not in basefont and "Times" not in basefont


def test_reference_memo_charts_are_vector(reference_pdf: bytes) -> None:
    with pymupdf.open(stream=reference_pdf, filetype="pdf") as doc:
        images = [img for page in doc for img in page.get_images()]
        drawings = sum(len(page.get_drawings()) for page in doc)
    assert images == []
    assert drawings > 20


def test_reference_memo_is_small(reference_pdf: bytes) -> None:
    assert len(reference_pdf) < 300 * 1024


def test_same_input_gives_same_bytes(reference_pdf: bytes) -> None:
    assert render(reference_briefing())[0] == reference_pdf


def test_paper_size() -> None:
    letter, _ = render(reference_briefing(), paper="Letter")
    with pymupdf.open(stream=letter, filetype="pdf") as doc:
        assert (round(doc[0].rect.width), round(doc[0].rect.height)) == (612, 792)
    a4, _ = render(reference_briefing())
    with pymupdf.open(stream=a4, filetype="pdf") as doc:
        assert (round(doc[0].rect.width), round(doc[0].rect.height)) == (595, 842)
    with pytest.raises(InputError):
        render(reference_briefing(), paper="A5")


def test_hostile_markup_prints_as_text_and_links_nothing(hostile_pdf: tuple[bytes, tuple[str, ...]]) -> None:
    pdf, _ = hostile_pdf
    text = _squash(_text(pdf))
    assert "<font size=40>big</font>" in text
    assert '<a href="file:///etc/passwd">x</a>' in text
    assert "R&D & <b>bold</b> 1 < 2" in text
    assert "&amp; entities &nbsp;" in text
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        assert all(page.get_links() == [] or all(link["kind"] == pymupdf.LINK_GOTO for link in page.get_links())
                   for page in doc)
        sizes = {round(span["size"]) for page in doc for block in page.get_text("dict")["blocks"]
                 for line in block.get("lines", ()) for span in line["spans"]}
    assert max(sizes) < 30


def test_hostile_cjk_is_drawn_and_extracted(hostile_pdf: tuple[bytes, tuple[str, ...]]) -> None:
    pdf, _ = hostile_pdf
    text = _text(pdf)
    assert "长鑫存储" in text and "合肥" in text
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            for span in page.get_texttrace():
                assert all(glyph != 0 for _char, glyph, *_ in span["chars"] if chr(_char).strip())
            for font in page.get_fonts(full=True):
                assert font[1] != "n/a", font


def test_hostile_text_stays_on_the_page(hostile_pdf: tuple[bytes, tuple[str, ...]]) -> None:
    pdf, _ = hostile_pdf
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        assert doc.page_count > 2
        for page in doc:
            for x0, y0, x1, y1, word, *_ in page.get_text("words"):
                assert x0 >= 0 and x1 <= page.rect.width + 1 and y1 <= page.rect.height + 1, word
        text = _squash(" ".join(page.get_text() for page in doc)).replace(" ", "").replace("-", "")
    assert text.count("x" * 300) == 1  # the unbroken word is split across lines, never cut


def test_hostile_sources_table_repeats_its_header(hostile_pdf: tuple[bytes, tuple[str, ...]]) -> None:
    pdf, _ = hostile_pdf
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        pages_with_header = [i for i, page in enumerate(doc) if "Sentence it came from" in page.get_text()]
        rows = sum(page.get_text().count("长鑫存储 unit") for page in doc)
    assert len(pages_with_header) >= 2
    assert rows == 14  # the first figure's subject is the unbroken word


def test_hostile_metadata_is_plain_text(hostile_pdf: tuple[bytes, tuple[str, ...]]) -> None:
    pdf, _ = hostile_pdf
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        assert doc.metadata["title"] == "长鑫存储 <font size=40>Hefei</font> & co"
        assert "Outlook <font color=red>" in [entry[1] for entry in doc.get_toc()]


def test_uncovered_characters_are_warned_about() -> None:
    briefing = reference_briefing()
    article = replace(briefing.article, takeaways=("Chips \U0001F680 everywhere",))
    pdf, warnings = render(replace(briefing, article=article))
    assert any("U+1F680" in w for w in warnings)
    assert "Chips ? everywhere" in _squash(_text(pdf))


def test_reference_memo_has_no_warnings() -> None:
    assert render(reference_briefing())[1] == ()


def test_chart_without_a_drawing_is_left_out_with_a_warning() -> None:
    briefing = reference_briefing()
    broken = replace(charts_for(briefing)[0], vector=b"")
    out = io.BytesIO()
    warnings = render_memo(briefing, [broken], THEME, out, build_date=BUILD)
    assert any("investment" in w for w in warnings)
    assert out.getvalue().startswith(b"%PDF")


def test_logo_is_drawn_and_a_bad_logo_is_warned_about(tmp_path) -> None:
    fig = MplFigure(figsize=(2, 1))
    fig.add_subplot().bar([0], [1], color="#1F3A5F")
    logo = tmp_path / "logo.png"
    fig.savefig(logo, format="png", dpi=40)
    briefing = reference_briefing()
    out = io.BytesIO()
    warnings = render_memo(briefing, [], replace(THEME, logo=logo), out, build_date=BUILD)
    assert warnings == ()
    with pymupdf.open(stream=out.getvalue(), filetype="pdf") as doc:
        assert len(doc[0].get_images()) == 1
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not a png")
    warnings = render_memo(briefing, [], replace(THEME, logo=bad), io.BytesIO(), build_date=BUILD)
    assert any("bad.png" in w for w in warnings)


def test_last_page_counts_all_pages(hostile_pdf: tuple[bytes, tuple[str, ...]]) -> None:
    pdf, _ = hostile_pdf
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        n = doc.page_count
        assert f"Page {n} of {n}" in doc[-1].get_text()
        assert f"Page 1 of {n}" in doc[0].get_text()


def test_lead_already_given_as_the_bottom_line_is_not_repeated() -> None:
    briefing = reference_briefing()
    briefing = replace(briefing, bottom_line=briefing.article.lead[0])
    blocks = plan_memo(briefing, [], THEME, BUILD)
    assert "What happened" not in [h.text for h in _of(Heading, blocks)]
    assert block_texts(blocks).count(briefing.article.lead[0]) == 1


def _memo_doc(briefing: Briefing) -> pymupdf.Document:
    out = io.BytesIO()
    render_memo(briefing, charts_for(briefing), load_theme(), out, build_date=datetime.date(2026, 11, 25))
    return pymupdf.open(stream=out.getvalue(), filetype="pdf")


def test_bookmarks_point_at_the_pages_of_their_headings():
    """Regression: holding pages back to number them pointed every bookmark at page 1."""
    doc = _memo_doc(hostile_briefing())
    assert doc.page_count > 2
    for _level, title, page in doc.get_toc():
        words = title.split(".")[-1].strip()[:25]
        assert words in doc[page - 1].get_text().replace("\n", " "), (title, page)
    assert doc.get_toc()[-1][2] > 1


def test_glossary_mentions_link_to_their_definitions():
    article = reference_briefing().article
    term = article.glossary[0].term
    briefing = replace(reference_briefing(), article=replace(
        article, takeaways=(f"A takeaway that names {term} twice: {term}.", *article.takeaways[1:])))
    doc = _memo_doc(briefing)
    links = [(page.number, link) for page in doc for link in page.get_links()]
    linked_words = [doc[number].get_textbox(link["from"]) for number, link in links]
    assert sum(term in words for words in linked_words) == 1  # the first mention only
    assert f"names {term} twice" in doc[0].get_text().replace("\n", " ")  # spaces around the link stay
    for number, link in links:
        assert link["kind"] == pymupdf.LINK_GOTO and "uri" not in link or not link.get("uri")
        target_text = doc[link["page"]].get_text()
        assert any(entry.term in target_text for entry in article.glossary)


@pytest.mark.parametrize("subtitle", ["", "  ", "Innotron  Invests $2.4B in Shanghai Chip Plant"])
def test_headline_without_a_longer_one_is_printed_once(subtitle: str) -> None:
    """Regression: with no subtitle the memo printed the headline as the Subject and again as the title."""
    briefing = reference_briefing()
    briefing = replace(briefing, article=replace(briefing.article, subtitle=subtitle))
    assert _of(Title, plan_memo(briefing, [], THEME, BUILD)) == []
    text = _squash(_text(render(briefing)[0]))
    assert text.count(briefing.article.title) == 1


def test_bullet_and_page_label_come_from_the_labels_the_checker_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.render.memo import canvas, writer

    monkeypatch.setattr(canvas, "PAGE_LABEL_FORMAT", "Seite {number} von {total}")
    monkeypatch.setattr(writer, "MEMO_BULLET", "\u2013")
    text = _squash(_text(render(reference_briefing())[0]))
    assert "Seite 1 von" in text and "Page 1 of" not in text
    assert f"\u2013 {TAKEAWAYS[-1]}" in text


# ---------------------------------------------------------------------------- pagination
# Each rule gets an article built to trigger it: its content grows a little at a time, so that what
# the rule is about moves down across the foot of a page, and every memo of the sweep is checked.

_PAGE = page_size(THEME.memo.paper)
_FRAME_HEIGHT = frame_size(_PAGE)[1]


def _page_lines(pdf: bytes) -> list[list[str]]:
    """Each page's lines of text between the running header and footer, top down."""
    pages = []
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            foot = page.rect.height - MARGIN_BOTTOM
            lines = [(line["bbox"][1], line["bbox"][0], "".join(span["text"] for span in line["spans"]).strip())
                     for block in page.get_text("dict")["blocks"] for line in block.get("lines", ())
                     if line["bbox"][1] >= MARGIN_TOP - 2 and line["bbox"][3] <= foot + 2]
            pages.append([text for _, _, text in sorted(lines) if text])
    return pages


def _lines_of(pages: list[list[str]], stem: str) -> list[int]:
    """How many lines of each page hold words made by ``_tokens(..., stem)``, pages without any left out."""
    counts = [sum(f"{stem}0" in line for line in page) for page in pages]
    return [count for count in counts if count]


def _tokens(count: int, stem: str) -> str:
    """``count`` different words, ``stem000 stem001 ...``: text whose lines can be told apart."""
    return " ".join(f"{stem}{i:03d}" for i in range(count))


def _bare(bottom_line: str = "", figures: tuple[Figure, ...] = (), charts: tuple[ChartPlan, ...] = (),
          **article: object) -> Briefing:
    """A briefing of only the given parts: no subtitle, glossary or charts unless asked for."""
    return Briefing(article=Article(title="Pagination", **article), figures=figures,  # type: ignore[arg-type]
                    milestones=(), charts=charts, bottom_line=bottom_line)


def _rows(count: int) -> tuple[Figure, ...]:
    """Figures whose sources rows are all two lines high; each row's quote is ``R07%``."""
    return tuple(_figure("Northwind", "growth", float(i), "%", f"R{i:02d}%",
                         f"Northwind said growth reached {i}% in the year, its best result of the decade so far.")
                 for i in range(count))


@pytest.fixture(scope="module")
def split_paragraph() -> list[list[int]]:
    """Lines of a six-line paragraph on each page, as filler before it grows by half a line at a time."""
    out = []
    for words in range(480, 600, 8):
        briefing = _bare(analysis=(_tokens(words, "fill"), _tokens(96, "tgt"), _tokens(200, "more")))
        out.append(_lines_of(_page_lines(render(briefing)[0]), "tgt"))
    return out


def test_no_paragraph_leaves_its_last_line_alone_at_the_top_of_a_page(split_paragraph: list[list[int]]) -> None:
    split = [parts for parts in split_paragraph if len(parts) > 1]
    assert len(split) >= 3, split_paragraph  # the sweep did cut the paragraph, at several places
    assert all(parts[-1] >= 2 for parts in split), split_paragraph


def test_no_paragraph_leaves_its_first_line_alone_at_the_foot_of_a_page(split_paragraph: list[list[int]]) -> None:
    split = [parts for parts in split_paragraph if len(parts) > 1]
    assert len(split) >= 3, split_paragraph
    assert all(parts[0] >= 2 for parts in split), split_paragraph


@pytest.mark.parametrize(("source_words", "bullets_from"), [(4, 10), (60, 4)], ids=["one-line-source", "long-source"])
def test_a_chart_at_the_foot_of_a_page_keeps_its_heading_caption_and_source_line(source_words: int,
                                                                                 bullets_from: int) -> None:
    """Regression: the first chart under its heading could leave its source line to the next page."""
    base = reference_briefing()
    plan = replace(base.charts[0], source="Source: " + _tokens(source_words, "src"))
    caption = f"Figure 1. {plan.title}"
    moved, memos = 0, 0
    for bullets in range(bullets_from, bullets_from + 9):
        for lines in range(1, 5):  # bullets move the chart 18.6 pt at a time, lines 14.9 pt: a fine sweep
            briefing = _bare(bottom_line=_tokens(16 * lines - 3, "bl"), figures=base.figures[:1], charts=(plan,),
                             takeaways=tuple(f"Takeaway {i}." for i in range(bullets)))
            pages = _page_lines(render(briefing)[0])
            on = {index for index, page in enumerate(pages) for line in page
                  if line in ("Charts", caption) or "src0" in line}
            assert len(on) == 1 and any("src0" in line for page in pages for line in page), (bullets, lines, on)
            moved, memos = moved + (on != {0}), memos + 1
    assert 0 < moved < memos  # some charts fitted on the first page, some did not


def test_no_heading_ends_a_page() -> None:
    """Regression: a heading followed by a short paragraph could be left at the foot of a page."""
    headings = {"Analysis", "Outlook", "More"}
    last_lines = set()
    for words in range(500, 580, 8):
        for short in range(5):  # one-line paragraphs move the heading 21.2 pt at a time, filler lines 14.9 pt
            briefing = _bare(analysis=(_tokens(words, "fill"), *["A short paragraph."] * short),
                             sections=(Section("Outlook", (_tokens(24, "out"),)),
                                       Section("More", (_tokens(200, "more"),))))
            pages = _page_lines(render(briefing)[0])
            assert not headings & {page[-1] for page in pages[:-1]}, (words, short, [p[-3:] for p in pages])
            last_lines |= {page[0] for page in pages[1:]}
    assert "Outlook" in last_lines  # the sweep did push the heading to the top of the next page


def test_a_split_sources_table_repeats_its_header_and_keeps_two_rows_each_side() -> None:
    # Filler moves the table's start down the first page half a line at a time; then rows move its end.
    memos = [(words, _bare(analysis=(_tokens(words, "fill"),), figures=_rows(12))) for words in range(380, 480, 8)]
    memos += [(rows, _bare(figures=_rows(rows))) for rows in range(16, 26)]
    splits = 0
    for size, briefing in memos:
        pages = _page_lines(render(briefing)[0])
        parts = [(sum(bool(re.fullmatch(r"R\d\d%", line)) for line in page), "Quote" in page) for page in pages]
        parts = [part for part in parts if part[0]]
        assert all(count >= 2 and header for count, header in parts), (size, parts)
        assert sum(count for count, _ in parts) == len(briefing.figures)
        splits += len(parts) > 1
    assert splits >= 12  # most of these tables did split


def test_a_heading_gives_up_half_its_space_above_to_stay_with_its_block() -> None:
    """The reference memo's first chart stayed on page 1 only by a few points: the space above its
    heading shrinks for it, by half at most, and beyond that the heading and block move on together."""
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.platypus.doctemplate import FrameBreak

    from briefing.render.memo.keep import KeepWithStart, stack_height
    from briefing.render.memo.links import Anchor
    from briefing.render.memo.styles import memo_styles, register_fonts

    styles = memo_styles(THEME, register_fonts(metrics_for(THEME.fonts)))
    width = frame_size(_PAGE)[0]

    def group() -> tuple[list, float]:
        content = [Anchor("k", "Charts", 0), Paragraph("Charts", styles.heading), Spacer(1, 200)]
        return content, stack_height(content, width)

    content, needed = group()
    space = styles.heading.spaceBefore
    assert KeepWithStart(content).split(width, needed - space * 0.4) == content
    assert content[1].getSpaceBefore() == pytest.approx(space * 0.6)
    content, needed = group()
    assert isinstance(KeepWithStart(content).split(width, needed - space * 0.6)[0], type(FrameBreak))


def _last_page_filled(pdf: bytes) -> float:
    """The share of the frame's height the last page's text and drawings fill from the top of the frame."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page = doc[-1]
        foot = page.rect.height - MARGIN_BOTTOM
        bottoms = [block[3] for block in page.get_text("blocks") if MARGIN_TOP - 2 <= block[1] and block[3] <= foot]
        bottoms += [d["rect"].y1 for d in page.get_drawings() if MARGIN_TOP - 2 <= d["rect"].y0 and d["rect"].y1 <= foot]
        return (max(bottoms) - MARGIN_TOP) / _FRAME_HEIGHT


def test_the_last_page_holds_a_sixth_of_a_page_or_the_memo_ends_a_page_earlier() -> None:
    """A table growing a row at a time: its last rows never make a page of their own."""
    pages = set()
    for rows in range(4, 24):
        pdf = render(_bare(analysis=(_tokens(380, "fill"),), figures=_rows(rows)))[0]
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            pages.add(doc.page_count)
            if doc.page_count > 1:
                assert _last_page_filled(pdf) >= MIN_LAST_PAGE - 0.01, (rows, doc.page_count)
    assert pages == {1, 2}


def test_a_short_article_gives_a_memo_of_two_pages_at_most() -> None:
    """A lead, four takeaways, an analysis and a few figures: with eight or more, the memo as it is
    normally set would spill two sources rows onto a third page."""
    takeaways = tuple(f"Takeaway number {i} of the article." for i in range(4))
    for rows in range(2, 11):
        briefing = _bare(lead=(_tokens(250, "lead"),), takeaways=takeaways, analysis=(_tokens(500, "an"),),
                         figures=_rows(rows))
        assert _memo_doc(briefing).page_count <= 2, rows


def test_a_memo_laid_out_again_gives_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    passes = []

    def counted(*args: object, **kwargs: object) -> Layout:
        passes.append(args)
        return lay_out(*args, **kwargs)  # type: ignore[arg-type]

    lay_out = writer.lay_out
    monkeypatch.setattr(writer, "lay_out", counted)
    briefing = _bare(analysis=(_tokens(380, "fill"),), figures=_rows(7))
    first = render(briefing)[0]
    assert len(passes) == 3  # this memo's last page would have held a row or two, even set tighter
    assert render(briefing)[0] == first


def _fake_layouts(filled: dict[tuple[Spacing, bool], tuple[float, ...]]):
    """A lay_out for :func:`paginate` whose pages are ``filled[spacing, ends a page early]``; it notes
    what it was asked, and its PDF names the pass."""
    asked: list[tuple[Spacing, ShortPage | None]] = []

    def lay_out(spacing: Spacing, short_page: ShortPage | None) -> Layout:
        asked.append((spacing, short_page))
        return Layout(f"pass {len(asked)}".encode(), filled[spacing, short_page is not None])
    return lay_out, asked


def test_paginate_lays_a_memo_out_once_when_its_last_page_is_full_enough() -> None:
    lay_out, asked = _fake_layouts({(NORMAL, False): (1.0, 0.2)})
    assert paginate(lay_out, 700) == b"pass 1"
    assert asked == [(NORMAL, None)]


def test_paginate_sets_a_memo_tighter_when_that_ends_it_a_page_earlier() -> None:
    lay_out, asked = _fake_layouts({(NORMAL, False): (1.0, 1.0, 0.1), (TIGHT, False): (1.0, 0.98)})
    assert paginate(lay_out, 700) == b"pass 2"
    assert asked == [(NORMAL, None), (TIGHT, None)]


def test_paginate_ends_the_page_above_the_last_early_when_tighter_is_not_enough() -> None:
    lay_out, asked = _fake_layouts({(NORMAL, False): (1.0, 0.75, 0.125), (TIGHT, False): (1.0, 0.95, 0.02),
                                    (NORMAL, True): (1.0, 0.6, 0.3)})
    assert paginate(lay_out, 700) == b"pass 3"
    short = asked[-1][1]
    # Page 2 ends its blank quarter higher, and by the last page's shortfall with some to spare.
    assert short is not None and short.number == 2
    assert (0.25 + MIN_LAST_PAGE - 0.125) * 700 < short.by < (0.25 + 2 * (MIN_LAST_PAGE - 0.125)) * 700


def test_paginate_keeps_the_first_layout_when_no_other_reads_better() -> None:
    lay_out, asked = _fake_layouts({(NORMAL, False): (1.0, 0.75, 0.125), (TIGHT, False): (1.0, 0.95, 0.02),
                                    (NORMAL, True): (1.0, 0.6, 0.8, 0.1)})
    assert paginate(lay_out, 700) == b"pass 1"
    assert len(asked) == 3
