"""Deck: plan every slide (text fits, sizes within the theme's range, continuation slides), then
read the written .pptx back (titles, notes, alt text, fonts, no auto-fit, package integrity,
byte-identical output)."""

from __future__ import annotations

import dataclasses
import datetime
import io
import re
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from matplotlib.figure import Figure as MplFigure
from pptx import Presentation

from briefing.model import Article, Briefing, ChartPlan, Figure, GlossaryEntry
from briefing.render.charts.draw import RenderedChart
from briefing.render.deck.fitting import (
    LINE_HEIGHT,
    SAFETY,
    line_width_pt,
    text_width_pt,
)
from briefing.render.deck.plan import plan_deck
from briefing.render.deck.slides import DeckPlan
from briefing.render.deck.writer import render_deck
from briefing.render.fonts import metrics_for
from briefing.theme import load_theme

BUILD_DATE = datetime.date(2026, 11, 25)
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


@pytest.fixture(scope="module")
def theme():
    return load_theme()


# ---------------------------------------------------------------- briefings made by hand

S_INVEST = ("In a significant move, Innotron, the parent company of China's CXMT, has revealed its plans to "
            "invest $2.4 billion in a cutting-edge chip packaging facility in Shanghai.")
S_SHARE = ("Micron Technology experiences a 5.5% decline in stock value due to Q4 forecast falling below "
           "expectations, despite benefiting from the AI industry surge.")
S_REVENUE = "While Micron's Q3 revenue surges by 82%, subdued demand persists in traditional markets."

INVEST = Figure("Innotron", "investment", 2.4e9, "USD", "$2.4 billion", S_INVEST)
SHARE = Figure("Micron", "share price", -5.5, "%", "5.5% decline", S_SHARE)
REVENUE = Figure("Micron", "Q3 revenue growth", 82.0, "%", "surges by 82%", S_REVENUE, period="Q3")


def png_chart(width_in: float = 10.0, height_in: float = 5.0) -> bytes:
    """A small real chart drawn with matplotlib's object API (no pyplot state)."""
    fig = MplFigure(figsize=(width_in, height_in), dpi=40)
    ax = fig.add_subplot()
    ax.bar(["a", "b"], [1.0, 2.0], color="#1F3A5F")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def rendered(plan: ChartPlan, width_in: float = 10.0, height_in: float = 5.0) -> RenderedChart:
    return RenderedChart(plan, png_chart(width_in, height_in), b"<svg/>", width_in, height_in)


def chart_plans() -> tuple[ChartPlan, ...]:
    source = "Source: \u201cInnotron Invests $2.4B in Shanghai Chip Plant\u201d; figures as stated in the article"
    return (
        ChartPlan("investment-innotron", "investment", "Innotron commits $2.4bn to a Shanghai packaging plant",
                  "USD", (INVEST,), source, "Investment chart for Innotron: investment $2.4bn."),
        ChartPlan("change-micron", "change", "Micron: revenue up 82% in Q3, yet shares fell 5.5%", "%",
                  (SHARE, REVENUE), source,
                  "Bar chart of Micron's percentage changes around a zero line: share price -5.5%; Q3 revenue +82%."),
    )


def reference_briefing() -> Briefing:
    """The reference article (Innotron / CXMT) as the pipeline would model it."""
    article = Article(
        title="Innotron Invests $2.4B in Shanghai Chip Plant",
        subtitle="Chinese Tech Giant Innotron Invests $2.4 Billion in Shanghai Chip Plant",
        lead=(S_INVEST + " This state-of-the-art plant is slated to commence chip production by mid-2026.",),
        takeaways=(
            "Innotron commits $2.4 billion to establish a chip packaging plant in Shanghai, aiming for "
            "mid-2026 commencement of operations.",
            "China's pursuit of semiconductor self-sufficiency encounters challenges amid US export limitations.",
            S_SHARE,
            "The new plant by Innotron will prioritize advanced packaging techniques, including "
            "through-silicon vias.",
            S_REVENUE,
        ),
        analysis=(
            "Innotron's substantial investment in Shanghai underscores China's imperative to fortify its "
            "semiconductor capabilities in the face of US export controls. This bold step has the potential "
            "to elevate China's technological autonomy and exert influence on global chip supply chains. "
            "Furthermore, Micron's stock setback reflects enduring hurdles within conventional technology "
            "sectors, despite the rapid expansion of AI. In the short term, Innotron's expansion may strain "
            "competitors like Micron, but in the long run, it could stabilize China's chip supply and propel "
            "advancements in advanced packaging technologies.",
        ),
        glossary=(
            GlossaryEntry("Innotron", "Innotron serves as the parent company of China's CXMT (ChangXin Memory "
                          "Technologies), a prominent entity in the semiconductor realm, particularly in memory "
                          "chips. The organization is heavily investing in expanding its capabilities."),
            GlossaryEntry("Through-Silicon Vias (TSVs)", "TSVs represent a three-dimensional integration "
                          "technology utilized in semiconductor production, facilitating high-density "
                          "interconnections between stacked chips."),
            GlossaryEntry("Semiconductor Self-Sufficiency", "This concept denotes a country's capacity to "
                          "domestically produce a substantial portion of the semiconductors it necessitates."),
        ),
    )
    return Briefing(article, (INVEST, SHARE, REVENUE), (), chart_plans(),
                    "Innotron's $2.4bn plant is a bet on self-sufficiency; Micron shows AI demand is not enough.")


LONG_WORD = "https://example.com/" + "a" * 280  # 300 characters, no break opportunity


def hostile(kind: str) -> Briefing:
    """The reference briefing with one part made as hard as the model allows."""
    base = reference_briefing()
    art = base.article
    forty = " ".join(["semiconductor supply-chain resilience"] * 13) + " ends"  # 40 words
    if kind == "takeaways":
        art = dataclasses.replace(art, takeaways=tuple(f"{i}. {forty}" for i in range(12)), takeaways_derived=True)
    elif kind == "glossary":
        art = dataclasses.replace(art, glossary=tuple(
            GlossaryEntry(f"Term {i}", art.glossary[i % 3].definition) for i in range(12)))
    elif kind == "cjk":
        art = dataclasses.replace(art, title="长鑫存储 (CXMT) 在合肥扩产: 长鑫存储母公司 Innotron 投资",
                                  takeaways=("长鑫存储 (ChangXin Memory) 在合肥的工厂" * 8,) + art.takeaways)
    elif kind == "figures":
        figures = tuple(dataclasses.replace(SHARE, subject=f"Company {i}", sentence=S_SHARE + " " + S_INVEST)
                        for i in range(15))
        return dataclasses.replace(base, figures=figures)
    elif kind == "long-word":
        art = dataclasses.replace(art, title="Title " + LONG_WORD, analysis=(LONG_WORD + " then words.",) * 3,
                                  takeaways=(LONG_WORD,))
    elif kind == "long-analysis":
        art = dataclasses.replace(art, analysis=(" ".join([art.analysis[0]] * 8),))
    return dataclasses.replace(base, article=art)


def charts_for(briefing: Briefing) -> list[RenderedChart]:
    return [rendered(plan) for plan in briefing.charts]


# ---------------------------------------------------------------- the plan

CASES = ["reference", "takeaways", "glossary", "cjk", "figures", "long-word", "long-analysis"]


def briefing_for(case: str) -> Briefing:
    return reference_briefing() if case == "reference" else hostile(case)


def plan_for(case: str, theme) -> DeckPlan:
    return plan_deck(briefing_for(case), charts_for(briefing_for(case)), theme, build_date=BUILD_DATE)


@pytest.mark.parametrize("case", CASES)
def test_planned_text_stays_inside_its_box(case, theme):
    measure = metrics_for(theme.fonts)
    for slide in plan_for(case, theme).slides:
        for box in (slide.title, *slide.texts):
            fitted = box.text
            for par, lines in zip(fitted.paragraphs, fitted.lines, strict=True):
                limit = text_width_pt(box.box.width_pt, box.style, par)
                for line in lines:
                    assert line_width_pt(line, fitted.size_pt, measure) <= limit + 1e-6, (slide.title, line)
            n_lines = sum(len(lines) for lines in fitted.lines)
            gaps = (len(fitted.paragraphs) - 1) * box.style.paragraph_gap_em * fitted.size_pt
            used = n_lines * LINE_HEIGHT * fitted.size_pt + gaps
            assert used <= (box.box.height_pt - 2 * box.style.inset_y_pt) * SAFETY + 1e-6, box.name


@pytest.mark.parametrize("case", CASES)
def test_sizes_stay_within_the_theme(case, theme):
    deck = theme.deck
    for slide in plan_for(case, theme).slides:
        assert deck.title_min_pt <= slide.title.text.size_pt
        assert slide.title.text.size_pt <= max(deck.title_max_pt * 1.25, deck.title_max_pt)
        for box in slide.texts:
            if box.role == "body":
                assert deck.body_min_pt <= box.text.size_pt <= deck.body_max_pt, box.name
            else:
                assert 10.0 <= box.text.size_pt <= 12.0


def _titles(plan: DeckPlan) -> list[str]:
    return [s.title.text.paragraphs[0].text for s in plan.slides]


@pytest.mark.parametrize(
    "case, heading, at_least",
    [
        ("reference", "Key Takeaways", 1),
        ("takeaways", "Key Takeaways", 2),
        ("glossary", "Did You Know?", 2),
        ("figures", "Sources", 2),
        ("long-analysis", "Analysis", 2),
    ],
)
def test_continuation_slides_when_text_does_not_fit(case, heading, at_least, theme):
    titles = [t for t in _titles(plan_for(case, theme)) if t.startswith(heading)]
    assert len(titles) >= at_least
    if at_least == 1:
        assert titles == [heading]
    else:
        assert titles == [f"{heading} ({i}/{len(titles)})" for i in range(1, len(titles) + 1)]


def test_reference_deck_has_the_slides_in_order(theme):
    kinds = [s.kind for s in plan_for("reference", theme).slides]
    assert kinds == ["title", "takeaways", "chart", "chart", "analysis", "glossary", "sources"]


def test_no_takeaways_means_no_takeaways_slide(theme):
    base = reference_briefing()
    briefing = dataclasses.replace(base, article=dataclasses.replace(base.article, takeaways=()))
    assert "takeaways" not in [s.kind for s in plan_deck(briefing, [], theme).slides]


def test_every_figure_appears_on_the_sources_slides(theme):
    plan = plan_for("figures", theme)
    text = " ".join(p.text for s in plan.slides if s.kind == "sources" for b in s.texts for p in b.text.paragraphs)
    for i in range(15):
        assert f"Company {i} share price" in text


def test_long_word_is_kept_whole_across_lines(theme):
    plan = plan_for("long-word", theme)
    analysis = [s for s in plan.slides if s.kind == "analysis"][0]
    assert LONG_WORD in analysis.texts[0].text.paragraphs[0].text
    assert len(analysis.texts[0].text.lines[0]) > 1  # broken at characters


def test_chart_picture_keeps_its_aspect_ratio_and_clears_the_source_line(theme):
    briefing = reference_briefing()
    for width, height in ((10.0, 5.0), (4.0, 6.0), (12.0, 3.0)):
        plan = plan_deck(briefing, [rendered(briefing.charts[0], width, height)], theme)
        slide = [s for s in plan.slides if s.kind == "chart"][0]
        pic = slide.pictures[0].box
        assert abs(pic.width / pic.height - width / height) < 0.01
        source = [t for t in slide.texts if t.name == "Source"][0].box
        assert source.top >= pic.bottom and source.bottom <= [t for t in slide.texts if t.name == "Footer"][0].box.top


def test_characters_no_font_draws_are_named_in_a_warning(theme):
    base = reference_briefing()
    article = dataclasses.replace(base.article, subtitle="Plant \U0001F3ED\U00013000")
    briefing = dataclasses.replace(base, article=article)
    warnings = plan_deck(briefing, [], theme).warnings
    assert any("\U00013000" in w for w in warnings)


# ---------------------------------------------------------------- the written deck


def write(briefing: Briefing, theme, charts=None) -> tuple[bytes, tuple[str, ...]]:
    out = io.BytesIO()
    warnings = render_deck(briefing, charts_for(briefing) if charts is None else charts, theme, out,
                           build_date=BUILD_DATE)
    return out.getvalue(), warnings


@pytest.fixture(scope="module")
def reference_deck(theme) -> bytes:
    return write(reference_briefing(), theme)[0]


def test_every_slide_has_a_title_and_notes(reference_deck):
    prs = Presentation(io.BytesIO(reference_deck))
    # chart titles bind their last two words with a no-break space (see no_lone_last_word)
    titles = [s.shapes.title.text_frame.text.replace("\u00a0", " ") for s in prs.slides]
    assert titles == ["Innotron Invests $2.4B in Shanghai Chip Plant", "Key Takeaways",
                      "Innotron commits $2.4bn to a Shanghai packaging plant",
                      "Micron: revenue up 82% in Q3, yet shares fell 5.5%", "Analysis", "Did You Know?", "Sources"]
    for slide in prs.slides:
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip()


def test_title_slide_names_organisation_classification_and_date(reference_deck):
    slide = Presentation(io.BytesIO(reference_deck)).slides[0]
    text = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
    assert "Briefing Desk" in text and "Internal" in text and "25 November 2026" in text


def test_pictures_carry_the_chart_alt_text(reference_deck):
    prs = Presentation(io.BytesIO(reference_deck))
    descrs = [pic._element.nvPicPr.cNvPr.get("descr") for s in prs.slides for pic in s.shapes if pic.shape_type == 13]
    assert descrs == [plan.alt_text for plan in chart_plans()]


def _slide_xml(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xml")}


def test_no_auto_fit_anywhere_and_every_run_has_latin_and_east_asian_fonts(reference_deck, theme):
    for name, root in _slide_xml(reference_deck).items():
        assert not list(root.iter(A + "normAutofit", A + "spAutoFit")), name
        if name.startswith("ppt/slides/"):
            for body in root.iter(A + "bodyPr"):
                assert body.get("wrap") == "square" and body.find(A + "noAutofit") is not None
            for r_pr in root.iter(A + "rPr"):
                assert r_pr.find(A + "latin").get("typeface") == theme.deck.latin_font
                assert r_pr.find(A + "ea").get("typeface") == theme.deck.east_asian_font
                assert r_pr.get("sz")


def test_explicit_line_spacing_matches_the_plan(reference_deck):
    slide = _slide_xml(reference_deck)["ppt/slides/slide2.xml"]
    for par in slide.iter(A + "p"):
        if par.find(A + "r") is None:
            continue  # the empty text of a colour bar
        size = int(par.find(f"{A}r/{A}rPr").get("sz"))
        assert int(par.find(f"{A}pPr/{A}lnSpc/{A}spcPts").get("val")) == round(size * 1.2)


def test_core_properties(reference_deck, theme):
    props = Presentation(io.BytesIO(reference_deck)).core_properties
    assert props.title == "Innotron Invests $2.4B in Shanghai Chip Plant"
    assert props.author == theme.author and props.revision == 1
    assert props.created == props.modified == datetime.datetime(2026, 11, 25)


def _integrity():
    tools = Path("/work/shared/tools")
    if not (tools / "pptx_integrity.py").is_file():
        pytest.skip("pptx_integrity.py not available")
    sys.path.insert(0, str(tools))
    import pptx_integrity

    return pptx_integrity.check


@pytest.mark.parametrize("case", CASES)
def test_package_integrity(case, theme, tmp_path):
    check = _integrity()
    path = tmp_path / "deck.pptx"
    path.write_bytes(write(briefing_for(case), theme)[0])
    assert check(str(path)) == []


def test_same_input_gives_the_same_bytes(theme):
    first, _ = write(reference_briefing(), theme)
    second, _ = write(reference_briefing(), theme)
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert z.namelist()[0] == "[Content_Types].xml"
        assert {info.date_time for info in z.infolist()} == {(2026, 11, 25, 0, 0, 0)}


def test_logo_is_placed_with_alt_text(theme, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_chart(3.0, 1.0))
    themed = dataclasses.replace(theme, logo=logo)
    data, _ = write(reference_briefing(), themed)
    prs = Presentation(io.BytesIO(data))
    for slide in prs.slides:
        logos = [s for s in slide.shapes if s.name == "Logo"]
        assert len(logos) == 1 and logos[0]._element.nvPicPr.cNvPr.get("descr") == "Briefing Desk logo"
        assert logos[0].left + logos[0].width <= prs.slide_width
        title = slide.shapes.title
        assert title.left + title.width <= logos[0].left or title.top >= logos[0].top + logos[0].height


def test_notes_say_where_derived_takeaways_and_chart_figures_come_from(theme):
    prs = Presentation(io.BytesIO(write(hostile("takeaways"), theme)[0]))
    notes = {s.shapes.title.text_frame.text.replace("\u00a0", " "): s.notes_slide.notes_text_frame.text
             for s in prs.slides}
    first = next(title for title in notes if title.startswith("Key Takeaways (1/"))
    assert "derived from the article's own sentences" in notes[first]
    chart_notes = notes["Micron: revenue up 82% in Q3, yet shares fell 5.5%"]
    assert S_SHARE in chart_notes and S_REVENUE in chart_notes


def test_only_web_links(reference_deck):
    prs = Presentation(io.BytesIO(reference_deck))
    for slide in prs.slides:
        for rel in slide.part.rels.values():
            assert not rel.is_external or rel.target_ref.startswith(("http://", "https://", "mailto:"))


# ---------------------------------------------------------------- glossary links

TSV_FORMS = ("Through-Silicon Vias (TSVs)", "Through-Silicon Vias", "TSVs")


@pytest.mark.parametrize("texts, terms, expected", [
    (["Innotron commits."], [("Innotron",)], [(0, 0, 8)]),
    (["China's Semiconductor self-sufficiency push"], [("Semiconductor Self-Sufficiency",)], [(0, 8, 38)]),
    (["Innotronics is another firm."], [("Innotron",)], []),  # whole words only
    (["Stacks use TSVs today."], [TSV_FORMS], [(0, 11, 15)]),  # the short form in parentheses
    (["through-silicon vias, then TSVs"], [TSV_FORMS], [(0, 0, 20)]),
    (["Innotron and Innotron.", "Innotron again."], [("Innotron",)], [(0, 0, 8)]),  # first mention only
    (["No term here.", "But Innotron here."], [("Innotron",)], [(1, 4, 12)]),
    (["Innotron uses TSVs."], [("Innotron",), TSV_FORMS], [(0, 0, 8), (0, 14, 18)]),
])
def test_glossary_links_find_the_first_mention_of_each_term(texts, terms, expected):
    from briefing.render.deck.paragraphs import paragraph
    from briefing.render.deck.plan import glossary_links

    assert list(glossary_links([paragraph(t) for t in texts], terms)) == expected


def test_glossary_terms_include_the_short_form():
    from briefing.render.deck.plan import glossary_terms

    assert glossary_terms(reference_briefing())[1] == TSV_FORMS


def _links(data: bytes) -> dict[int, list[tuple[str, str, str]]]:
    """Per slide number: (linked text, relationship type, target slide number)."""
    prs = Presentation(io.BytesIO(data))
    numbers = {slide.part.partname: i for i, slide in enumerate(prs.slides, start=1)}
    out = {}
    for i, slide in enumerate(prs.slides, start=1):
        for r in slide.shapes._spTree.iter(A + "r"):
            click = r.find(f"{A}rPr/{A}hlinkClick")
            if click is None:
                continue
            assert click.get("action") == "ppaction://hlinksldjump"
            rel = slide.part.rels[click.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")]
            assert not rel.is_external
            out.setdefault(i, []).append((r.find(A + "t").text, rel.reltype.rsplit("/", 1)[-1],
                                          numbers[rel.target_part.partname]))
    return out


def test_glossary_terms_in_takeaways_and_analysis_jump_to_the_glossary_slide(reference_deck):
    glossary = 6
    assert _links(reference_deck) == {
        2: [("Innotron", "slide", glossary), ("semiconductor self-sufficiency", "slide", glossary),
            ("through-silicon vias", "slide", glossary)],
        5: [("Innotron", "slide", glossary)],
    }


def test_linked_runs_keep_the_planned_text_and_size(reference_deck, theme):
    plan = plan_for("reference", theme)
    prs = Presentation(io.BytesIO(reference_deck))
    for slide_plan, slide in zip(plan.slides, prs.slides):
        body = next((t for t in slide_plan.texts if t.name == "Body"), None)
        if body is None:
            continue
        shape = next(s for s in slide.shapes if s.name == "Body")
        assert [p.text for p in shape.text_frame.paragraphs] == [p.text for p in body.text.paragraphs]
        sizes = {r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs}
        assert sizes == {body.text.size_pt}


def test_no_links_without_a_glossary(theme):
    base = reference_briefing()
    briefing = dataclasses.replace(base, article=dataclasses.replace(base.article, glossary=()))
    assert _links(write(briefing, theme)[0]) == {}


# ---------------------------------------------------------------- accessibility

DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"


def _is_decorative(element) -> bool:
    return next(element.iter(DECORATIVE), None) is not None


def _reading_order_holds(data: bytes) -> None:
    prs = Presentation(io.BytesIO(data))
    for n, slide in enumerate(prs.slides, start=1):
        shapes = list(slide.shapes)
        assert shapes[0].is_placeholder and shapes[0].placeholder_format.idx == 0, n  # the title first
        assert shapes[0].text_frame.text.strip(), n
        content = [s for s in shapes[1:] if not _is_decorative(s._element) and s.name != "Logo"]
        tops = [s.top for s in content]
        assert tops == sorted(tops), (n, [s.name for s in content])
        seen_decoration = False
        for s in shapes:  # decoration comes after everything a reader reads
            seen_decoration |= _is_decorative(s._element)
            assert _is_decorative(s._element) or not seen_decoration or s.name == "Logo", (n, s.name)


@pytest.mark.parametrize("editable", [False, True])
def test_every_slide_title_is_a_placeholder_and_shapes_are_in_reading_order(editable, theme, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_chart(3.0, 1.0))
    themed = dataclasses.replace(theme, logo=logo)
    out = io.BytesIO()
    render_deck(reference_briefing(), charts_for(reference_briefing()), themed, out, build_date=BUILD_DATE,
                editable_charts=editable)
    _reading_order_holds(out.getvalue())


def text_colours(data: bytes) -> set[str]:
    """Every colour text is drawn in: runs and chart text, plus the theme's hyperlink colour where
    a run is a link (PowerPoint before 2019 ignores the keep-the-run's-colour extension)."""
    colours = set()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if not re.match(r"ppt/(slides/slide|charts/chart)\d+\.xml$", name):
                continue
            root = etree.fromstring(z.read(name))
            for props in root.iter(A + "rPr", A + "defRPr", A + "endParaRPr"):
                colours |= {c.get("val").upper() for c in props.findall(f"{A}solidFill/{A}srgbClr")}
                if props.find(A + "hlinkClick") is not None:
                    theme_xml = z.read("ppt/theme/theme1.xml").decode()
                    colours.add(re.search(r'<a:hlink>\s*<a:srgbClr val="(\w+)"', theme_xml).group(1).upper())
    return colours


def test_text_colours_reach_wcag_contrast_on_the_background(reference_deck, theme):
    from briefing.render.deck.contrast import contrast_ratio

    used = text_colours(reference_deck)
    assert theme.colours.muted[1:] in used  # the source lines and footers are checked too
    for colour in used:
        assert contrast_ratio(f"#{colour}", theme.colours.background) >= 4.5, colour


@pytest.mark.parametrize("colour, background, ratio", [
    ("#000000", "#FFFFFF", 21.0), ("#FFFFFF", "#FFFFFF", 1.0), ("#777777", "#FFFFFF", 4.48),
    ("#56606B", "#FFFFFF", 6.40),
])
def test_contrast_ratio_matches_wcag(colour, background, ratio):
    from briefing.render.deck.contrast import contrast_ratio

    assert contrast_ratio(colour, background) == pytest.approx(ratio, abs=0.01)


def test_a_wrapped_chart_title_never_leaves_its_short_last_word_alone():
    from briefing.render.deck.fitting import TextStyle, fit_text
    from briefing.render.deck.paragraphs import Run, paragraph
    from briefing.render.deck.planner import no_lone_last_word
    from briefing.render.fonts import metrics_for
    from briefing.theme import load_theme

    title = "Micron Technology: revenue growth +82% in Q3, but share price change −5.5%"
    assert no_lone_last_word(title).endswith("change\u00a0−5.5%")
    assert no_lone_last_word("Sources (2/3)") == "Sources (2/3)"  # section titles stay as they are
    measure = metrics_for(load_theme(None).fonts)
    for width in range(420, 900, 20):  # wherever the line breaks, "−5.5%" keeps a word beside it
        fitted = fit_text((paragraph(Run(no_lone_last_word(title), True)),), width, 200, 36, 36, measure,
                          TextStyle(bold=True))
        assert fitted is not None
        last = "".join(text for text, _ in fitted.lines[0][-1]).strip()
        assert last != "−5.5%"
