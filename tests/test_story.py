"""The deck's story: "At a glance" tiles, "What happened", derived takeaways, slide order and notes,
and the chart craft behind the chart slides (bars from zero, one number format, no label collisions,
small multiples, the chart's share of its slide, the same picture in deck and memo).

The plan-level checks run on every article of ``shared/corpus/more/`` (planning only: a few
seconds); what needs drawing runs on hand-made articles and on the fixed sample of 40 decks
(every eighth article by name) that ``test_inspection`` also inspects.
"""

from __future__ import annotations

import dataclasses
import io
import re
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import PINNED_DATE, SHARED
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure
from pptx import Presentation

from briefing.api import make_briefing
from briefing.model import Briefing, ChartKind, Figure
from briefing.model.types import Direction, FigureKind
from briefing.plan.charts import chartable, plan_charts
from briefing.plan.story import MAX_TILES, glance_tiles, what_happened
from briefing.plan.takeaways import TAKEAWAY_SEPARATOR
from briefing.plan.wording import owner_heading, owner_in_doubt, shown_value
from briefing.render.charts.bars import draw_bars, draw_panels
from briefing.render.charts.collisions import label_collisions
from briefing.render.charts.draw import render_charts
from briefing.render.charts.numbers import number_format
from briefing.render.deck.glance import DOWN, UP, tile_lines
from briefing.render.deck.plan import glance_area, plan_deck
from briefing.render.deck.template import default_frame
from briefing.render.deck.writer import render_deck
from briefing.render.labels import SlideTitle
from briefing.theme import load_theme

MORE = SHARED / "corpus" / "more"


def sampled_articles() -> list[Path]:
    """The fixed sample of 40 articles of ``more/``: every eighth by file name, from the first."""
    return sorted(MORE.glob("*.txt"))[::8] if MORE.is_dir() else []


@lru_cache(maxsize=1)
def corpus_briefings() -> tuple[tuple[str, str, Briefing], ...]:
    """``(name, text, briefing)`` for every article of ``more/``, planned once."""
    out = []
    for path in sorted(MORE.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append((path.name, text, make_briefing(text)))
    return tuple(out)


@pytest.fixture(scope="module")
def corpus() -> tuple[tuple[str, str, Briefing], ...]:
    if not MORE.is_dir():
        pytest.skip(f"corpus not found at {MORE}")
    return corpus_briefings()


@pytest.fixture(scope="module")
def theme():
    return load_theme()


def _norm(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- hand-made articles

PLAIN = """Northwind profit falls as sales slow

Northwind Systems said profit fell to $48m in the second quarter, down from $71m a year earlier. \
Revenue rose 4% to $1.2bn.

It also said debt fell to $160m from $610m a year earlier. Someone's margin, perhaps, rose 3%.

Chief executive Ana Lopez said the company would keep investing in new plants.
"""


def _briefing(text: str = PLAIN) -> Briefing:
    return make_briefing(text)


# ---------------------------------------------------------------- at a glance


def test_glance_tiles_hold_only_certain_figures_across_the_corpus(corpus):
    with_tiles = 0
    for name, _text, briefing in corpus:
        assert len(briefing.glance) <= MAX_TILES, name
        for tile in briefing.glance:
            shown = [f for f in (tile.figure, tile.change, tile.earlier) if f is not None]
            assert all(f.certain and f.subject.strip() for f in shown), (name, tile)
        with_tiles += bool(briefing.glance)
    assert with_tiles >= 100  # most articles with a certain figure get the slide (133 of 320 when written)


def test_an_unsure_figure_never_reaches_a_tile():
    figures = (Figure("Acme", "profit", 5e6, "USD", "$5m", "Acme made $5m.", id="f1"),
               Figure("Acme", "sales", 9e6, "USD", "$9m", "Sales were $9m.", id="f2", certain=False,
                      reason="owner unclear: not named in its sentence"))
    tiles = glance_tiles(_briefing().article, figures)
    assert [t.figure.id for t in tiles] == ["f1"]


def test_a_tile_says_value_owner_measure_period_and_the_change_with_arrow_and_sign():
    briefing = _briefing()
    lines = [tile_lines(t) for t in briefing.glance]
    profit = next(t for t in lines if t.measure == "profit")
    assert profit.value == "$48m" and profit.owner == "Northwind Systems" and profit.period
    # No change is stated with it, so the comparison carries the arrow: down from $71m.
    assert profit.change.startswith(f"{DOWN} from $71m") and profit.falls
    growth = Figure("Acme", "revenue growth", 82.0, "%", "82%", "Acme revenue rose 82%.", kind=FigureKind.CHANGE,
                    direction=Direction.UP)
    fall = dataclasses.replace(growth, value=-5.5, metric="share price change", direction=Direction.DOWN)
    assert tile_lines(dataclasses.replace(briefing.glance[0], figure=growth, change=None, earlier=None)).value \
        == f"{UP} +82%"
    assert tile_lines(dataclasses.replace(briefing.glance[0], figure=fall, change=None, earlier=None)).value \
        == f"{DOWN} \u22125.5%"


def test_glance_slide_tiles_fit_without_shortening_and_never_overlap(theme):
    figures = tuple(Figure(f"Company {i}", "operating profit before exceptional items", (i + 1) * 1.25e9, "GBP",
                           f"£{i + 1}bn", f"Company {i} made £{i + 1}bn.", id=f"f{i}", period="2004")
                    for i in range(MAX_TILES))
    briefing = _briefing()
    briefing = dataclasses.replace(briefing, figures=figures, glance=glance_tiles(briefing.article, figures))
    plan = plan_deck(briefing, [], theme)
    assert not [w for w in plan.warnings if "shortened" in w], plan.warnings
    glance = next(s for s in plan.slides if s.title.text.paragraphs[0].text == SlideTitle.GLANCE)
    grounds = [r.box for r in glance.rects if r.backdrop]
    assert len(grounds) == MAX_TILES
    for a in grounds:
        for b in grounds:
            if a is not b:
                assert a.right <= b.left or b.right <= a.left or a.bottom <= b.top or b.bottom <= a.top
    area = glance_area(default_frame())
    assert all(area.left <= g.left and g.right <= area.right and area.top <= g.top and g.bottom <= area.bottom
               for g in grounds)
    for box in glance.texts:
        if box.name.startswith("Tile"):
            assert box.text.size_pt >= theme.deck.body_min_pt
            assert box.text.height_pt <= box.box.height_pt + 0.01, box.name


# ---------------------------------------------------------------- what happened


def test_what_happened_is_the_leads_own_sentences_without_unsure_ones(corpus):
    for name, text, briefing in corpus:
        article = briefing.article
        if article.analysis:
            assert briefing.what_happened == (), name
            continue
        unsure = {_norm(f.sentence) for f in briefing.figures if not f.certain}
        lead = _norm(" ".join(article.lead))
        for sentence in briefing.what_happened:
            assert sentence in lead, (name, sentence)  # never a word the article did not write
            assert sentence not in unsure, (name, sentence)


def test_what_happened_leaves_out_an_unsure_sentence_and_one_that_points_back_at_it():
    article = _briefing().article
    figures = (Figure("", "margin", 3.0, "%", "3%", "Someone's margin, perhaps, rose 3%.", certain=False,
                      reason="owner unclear: not named in its sentence"),
               Figure("", "debt", 1.6e8, "USD", "$160m", "It also said debt fell to $160m from $610m a year earlier.",
                      certain=False, reason="owner unclear"))
    story = what_happened(article, figures)
    assert story[0].startswith("Northwind Systems said profit fell")
    assert not any("margin" in s or s.startswith("It also") for s in story)


def test_an_article_with_analysis_has_no_what_happened_slide(theme):
    briefing = _briefing(PLAIN + "\nAnalysis\n\nThe slowdown is the market's, not Northwind's.\n")
    assert briefing.article.analysis and briefing.what_happened == ()


# ---------------------------------------------------------------- derived takeaways


def test_derived_takeaways_lead_with_owner_and_a_certain_figure(corpus):
    derived = 0
    for name, _text, briefing in corpus:
        article = briefing.article
        if not article.takeaways_derived:
            continue
        certain = [f for f in briefing.figures if f.certain]
        unsure = {_norm(f.sentence) for f in briefing.figures if not f.certain}
        for takeaway in article.takeaways:
            derived += 1
            head, _, sentence = takeaway.partition(TAKEAWAY_SEPARATOR)
            owner, _, phrase = head.partition(": ")
            assert sentence and _norm(sentence) not in unsure, (name, takeaway)
            # The figure it leads with is one of the article's certain figures, stated in that sentence.
            assert any(owner_heading(f.subject) == owner and shown_value(f).lstrip("~") in phrase
                       and _norm(f.sentence) == _norm(sentence) for f in certain), (name, takeaway)
    assert derived >= 200


# ---------------------------------------------------------------- slide order and notes


def test_slides_follow_the_story_and_every_slide_has_notes(theme):
    briefing = _briefing()
    charts = render_charts(briefing.charts, theme)
    plan = plan_deck(briefing, charts, theme)
    kinds = [s.kind.value for s in plan.slides]
    order = ["title", "glance", "story", "takeaways", "chart", "analysis", "glossary", "sources"]
    assert kinds[:3] == ["title", "glance", "story"]
    assert [order.index(k) for k in kinds] == sorted(order.index(k) for k in kinds)
    assert all(s.notes.strip() for s in plan.slides)
    glance = plan.slides[1]
    assert "$48m" in glance.notes and "Northwind" in glance.notes  # the notes say what the tiles show


def test_a_single_figure_chart_a_tile_shows_stays_in_the_memo(theme):
    briefing = _briefing("Acme wins\n\nAcme Corp said profit reached $5m in 2004.\n")
    assert [c.kind for c in briefing.charts] == [ChartKind.KPI] and briefing.glance
    plan = plan_deck(briefing, render_charts(briefing.charts, theme), theme)
    assert "chart" not in [s.kind.value for s in plan.slides]


# ---------------------------------------------------------------- chart craft


def _drawn(drawer, plan) -> MplFigure:
    theme = load_theme()
    fig = MplFigure(figsize=(11.0, 5.2), dpi=100)
    canvas = FigureCanvasAgg(fig)
    drawer(fig, plan, theme)
    canvas.draw()
    return fig


def _pair(metric: str, later: float, earlier: float, n: int) -> tuple[Figure, Figure]:
    old = Figure("Reuters", metric, earlier, "GBP", "x", f"{metric} {n}.", id=f"e{n}", period="a year earlier")
    new = Figure("Reuters", metric, later, "GBP", "y", f"{metric} {n}.", id=f"l{n}", compare_to=f"e{n}",
                 period="2004")
    return old, new


def test_compared_pairs_of_one_owner_become_small_multiples_each_from_zero():
    figures = (*_pair("profit", 198e6, 130e6, 1), *_pair("debt", 160e6, 610e6, 2))
    (chart,) = plan_charts(_briefing().article, figures, (), ())
    assert chart.kind == ChartKind.PANELS and len(chart.panels) == 2
    assert [f.value for f in chart.panels[1]] == [610e6, 160e6]  # time order: the earlier value first
    fig = _drawn(draw_panels, chart)
    axes = [ax for ax in fig.axes if ax.containers]
    assert len(axes) == 2 and all(ax.get_ylim()[0] == 0 for ax in axes)
    assert label_collisions(fig) == []


def test_bars_start_at_zero_in_time_order_with_one_number_format():
    figures = (Figure("Acme", "sales", 1.5e9, "EUR", "1.5bn", "s.", id="a", period="2005"),
               Figure("Acme", "sales", 6.5e8, "EUR", "650m", "s.", id="b", period="2004"))
    (chart,) = plan_charts(_briefing().article, figures, (), ())
    assert chart.kind == ChartKind.BARS and [f.period for f in chart.figures] == ["2004", "2005"]
    fig = _drawn(draw_bars, chart)
    (ax,) = [ax for ax in fig.axes if ax.containers]
    assert ax.get_ylim()[0] == 0
    values = [t.get_text() for t in ax.texts]
    assert values == [r"€650m", r"€1,500m"]  # one scale, none written as 0.65bn
    write = number_format(chart.figures)
    assert {re.sub(r"[\d,.]", "", write(f)) for f in chart.figures} == {"€m"}


def test_the_collision_check_can_fail():
    fig = MplFigure(figsize=(4, 2), dpi=100)
    canvas = FigureCanvasAgg(fig)
    fig.text(0.5, 0.5, "overlapping words")
    fig.text(0.52, 0.5, "overlapping words")
    fig.text(0.98, 0.1, "runs off the edge")
    canvas.draw()
    problems = label_collisions(fig)
    assert any("overlaps" in p for p in problems) and any("runs off" in p for p in problems)


def test_no_chart_of_the_sampled_articles_has_colliding_labels(theme):
    articles = sampled_articles()
    if not articles:
        pytest.skip(f"corpus not found at {MORE}")
    drawn = 0
    for path in articles:
        for chart in render_charts(make_briefing(path.read_text(encoding="utf-8")).charts, theme):
            drawn += 1
            assert chart.collisions == (), (path.name, chart.plan.title, chart.collisions)
    assert drawn >= 5


def test_a_chart_takes_at_least_sixty_percent_of_its_slides_content_area(theme):
    briefing = _briefing()
    charts = render_charts(briefing.charts, theme)
    plan = plan_deck(briefing, charts, theme)
    body = default_frame().body
    chart_slides = [s for s in plan.slides if s.kind.value == "chart"]
    assert chart_slides
    for slide in chart_slides:
        (picture,) = slide.pictures
        assert picture.box.width * picture.box.height >= 0.6 * body.width * body.height


def test_the_deck_shows_the_very_chart_picture_the_memo_and_previews_draw(theme):
    briefing = _briefing()
    charts = render_charts(briefing.charts, theme)
    deck = io.BytesIO()
    render_deck(briefing, charts, theme, deck, build_date=PINNED_DATE)
    blobs = [shape.image.blob for slide in Presentation(io.BytesIO(deck.getvalue())).slides
             for shape in slide.shapes if shape.shape_type == 13]
    shown = [c.png for c in charts if c.plan.kind != ChartKind.KPI]
    assert shown and blobs == shown


@pytest.mark.parametrize("subject, sentence, in_doubt", [
    ("Northwind Systems", "Rival Contoso said its sales fell 6% to $1.1 billion.", True),  # names someone else
    ("Northwind Systems", "Net profit at Northwind climbed 25% to $910 million.", False),  # a word of the owner
    ("France", "The INSEE also said that French consumer prices fell 0.6% in January.", False),  # nationality
    ("General Motors", "US sales at GM sank 12.7% in February.", False),  # initials
    ("Sumitomo Mitsui Financial", "SMFG shares climbed by 2.7% to 717,000, and Daiwa added 5.3%.", False),  # + Group
    ("Germany", "The IMF is to cut its forecast for the German economy.", False),  # stem
    ("WPP", "Revenues were £4.3bn while the firm's operating margins were 14.1%.", False),  # left to context
])
def test_an_owner_is_in_doubt_only_when_the_sentence_names_someone_else(subject, sentence, in_doubt):
    figure = Figure(subject, "sales", 6.0, "%", "6%", sentence)
    assert owner_in_doubt(figure) is in_doubt


def test_a_figure_whose_measure_only_says_it_is_high_is_never_charted():
    base = Figure(subject="Pentagon", metric="worth", value=1e9, unit="USD", quote="$1bn",
                  sentence="The Pentagon revoked contracts worth $1bn.")
    assert not chartable(base)
    assert chartable(dataclasses.replace(base, metric="contract value"))
