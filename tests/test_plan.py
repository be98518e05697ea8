"""Which charts a briefing gets, and its bottom line."""

from __future__ import annotations

import pytest
from helpers import INVEST, REVENUE, SHARES, START, reference_like_article

from briefing.model import Figure
from briefing.plan import plan_briefing
from briefing.plan.charts import MAX_CHARTS, metric_family, plan_charts


def test_reference_figures_give_an_investment_and_a_change_chart():
    charts = plan_charts(reference_like_article(), (INVEST, SHARES, REVENUE), (START,))
    assert [c.kind for c in charts] == ["investment", "change"]
    investment, change = charts
    assert investment.figures == (INVEST,) and investment.milestones == (START,)
    assert "$2.4bn" in investment.title and "mid-2026" in investment.title
    assert set(change.figures) == {SHARES, REVENUE}
    assert "+82%" in change.title and "5.5%" in change.title
    assert "82%" in change.alt_text and "5.5%" in change.alt_text
    assert all(c.source.startswith("Source:") for c in charts)


def test_no_figures_no_charts():
    assert plan_charts(reference_like_article(), (), ()) == ()


def test_one_figure_is_a_tile():
    (chart,) = plan_charts(reference_like_article(), (REVENUE,), ())
    assert chart.kind == "kpi"


def test_investment_without_a_date_is_an_amount_not_a_timeline():
    (chart,) = plan_charts(reference_like_article(), (INVEST,), ())
    assert chart.kind == "kpi"


def test_amounts_are_grouped_by_subject_and_currency():
    figures = tuple(Figure("BA", metric, (i + 1) * 1e6, "GBP", "q", "s")
                    for i, metric in enumerate(("Q4 revenue", "revenue (full year)", "revenue"))) + (
        Figure("BA", "revenue", 5e6, "USD", "q", "s"),)
    kinds = [(c.kind, c.unit_label, len(c.figures)) for c in plan_charts(reference_like_article(), figures, ())]
    assert kinds == [("bars", "GBP", 3), ("kpi", "USD", 1)]


def test_ranges_are_not_charted_and_charts_are_capped():
    figures = tuple(Figure(f"Company {i}", "revenue", 1e6, "USD", "q", "s") for i in range(10))
    ranged = (Figure("X", "growth", 3, "%", "3%", "s", role="range-low"),)
    charts = plan_charts(reference_like_article(), figures + ranged, ())
    assert len(charts) == MAX_CHARTS
    assert len({c.key for c in charts}) == len(charts)
    assert all(f.role == "main" for c in charts for f in c.figures)


def test_bottom_line_uses_the_lead():
    briefing = plan_briefing(reference_like_article(), (INVEST,), (START,))
    assert briefing.bottom_line.startswith("Innotron plans to invest $2.4 billion")


def test_two_spellings_of_one_company_share_a_chart():
    spaced = Figure("Micron", "share price", -5.5, "%", "5.5%", "s")
    joined = Figure("micron", "revenue growth", 82, "%", "82%", "s")
    charts = plan_charts(reference_like_article(), (INVEST, spaced, joined), (START,))
    assert [c.kind for c in charts] == ["investment", "change"]
    assert charts[1].title.startswith("Micron:")


def test_a_corrected_owner_keeps_its_own_name_on_the_chart():
    # "Micron" and "Micron Technology" are one name by the time figures reach the plan (the
    # extractor gives both the fuller one); two names here are two owners a reviewer told apart.
    unit = Figure("Micron Technology Japan", "revenue growth", 12, "%", "12%", "s")
    charts = plan_charts(reference_like_article(), (INVEST, REVENUE, unit), (START,))
    assert any(c.title.startswith("Micron Technology Japan:") for c in charts)


def test_unlike_amounts_do_not_share_bars():
    revenue = Figure("Time Warner", "sales (Q4)", 11.1e9, "USD", "q", "s")
    settlement = Figure("Time Warner", "settlement offer", 300e6, "USD", "q", "s")
    charts = plan_charts(reference_like_article(), (revenue, settlement), ())
    assert [(c.kind, len(c.figures)) for c in charts] == [("kpi", 1), ("kpi", 1)]


def test_vague_metrics_stay_out_of_charts():
    vague = (Figure("X", "growth", 5, "%", "5%", "s"), Figure("X", "", 639e6, "USD", "$639m", "s"))
    assert plan_charts(reference_like_article(), vague, ()) == ()


def test_spelling_variants_of_a_company_share_a_chart():
    figures = (Figure("TimeWarner", "profit growth", 76, "%", "76%", "s"),
               Figure("Time Warner", "sales growth", 2, "%", "2%", "s"))
    (chart,) = plan_charts(reference_like_article(), figures, ())
    assert chart.kind == "change" and len(chart.figures) == 2


def test_bars_that_would_share_a_label_are_not_charted():
    before = Figure("BA", "surcharge", 2.5, "GBP", "£2.50", "raised from £2.50 to £4")
    after = Figure("BA", "surcharge", 4.0, "GBP", "£4", "raised from £2.50 to £4")
    assert plan_charts(reference_like_article(), (before, after), ()) == ()
    dated = Figure("BA", "surcharge", 4.0, "GBP", "£4", "s", period="2005")
    (chart,) = plan_charts(reference_like_article(), (before, dated), ())
    assert chart.kind == "bars"


@pytest.mark.parametrize("metric,family", [
    ("Q4 sales", "sales"),
    ("sales (full year)", "sales"),
    ("pre-tax profit a year earlier", "pre-tax profit"),
    ("profit year-ago", "profit"),
    ("revenue 2004", "revenue"),
])
def test_metric_family(metric, family):
    assert metric_family(metric) == family


def test_a_figure_and_its_year_earlier_value_share_bars_in_time_order():
    now = Figure("BA", "pre-tax profit", 75e6, "GBP", "£75m", "s", period="Q3", id="f1", compare_to="f2")
    then = Figure("BA", "pre-tax profit a year earlier", 125e6, "GBP", "£125m", "s", period="a year earlier", id="f2")
    (chart,) = plan_charts(reference_like_article(), (now, then), ())
    assert chart.kind == "bars" and chart.figures == (then, now)
    assert chart.title == "BA: pre-tax profit £75m in Q3, down from £125m a year earlier"


def test_two_amounts_of_one_measure_without_a_comparison_keep_article_order():
    first = Figure("BA", "pre-tax profit", 75e6, "GBP", "£75m", "s", period="Q3")
    second = Figure("BA", "pre-tax profit", 125e6, "GBP", "£125m", "s", period="Q4")
    (chart,) = plan_charts(reference_like_article(), (second, first), ())
    assert chart.figures == (first, second)  # Q3 before Q4, whatever the article's order
    assert chart.title == "BA: pre-tax profit, £75m in Q3 and £125m in Q4"


def test_a_described_group_starts_a_heading_with_a_capital_and_a_name_keeps_its_spelling():
    from briefing.plan.wording import owner_heading

    assert owner_heading("mobile owners") == "Mobile owners"
    assert owner_heading("those asked in UK") == "Those asked in UK"
    assert owner_heading("eBay") == "eBay" and owner_heading("UK adults") == "UK adults"
    assert owner_heading("", "Figures") == "Figures"


def test_a_forecast_or_a_target_says_so_wherever_it_is_shown():
    from briefing.model import FigureKind
    from briefing.model.formatting import bar_label, describe_figure
    from briefing.plan.wording import figure_phrase

    expected = Figure("Hyundai", "sales growth", 16.0, "%", "16%", "Hyundai expects sales to grow 16% in 2005.",
                      period="2005", kind=FigureKind.FORECAST)
    (chart,) = plan_charts(reference_like_article(), (expected,), ())
    assert chart.title == "Hyundai: sales growth +16% forecast in 2005"
    assert describe_figure(expected) == "Hyundai sales growth (2005, forecast): +16%"
    assert bar_label(expected) == "sales growth (2005, forecast)"
    assert figure_phrase(expected) == "sales growth +16% forecast in 2005"
    aimed = Figure("WSIS", "access", 50.0, "%", "50%", "a goal that calls for 50% access", kind=FigureKind.TARGET)
    assert figure_phrase(aimed) == "access 50% target"
    said = Figure("Acme", "forecast sales growth", 5.0, "%", "5%", "s", kind=FigureKind.FORECAST)
    assert figure_phrase(said) == "forecast sales growth +5%"  # the measure says it already


def test_a_level_is_titled_without_a_sign_and_a_sum_that_moved_as_a_change():
    from briefing.model import Direction, FigureKind

    rate = Figure("US", "unemployment rate", 5.2, "%", "5.2%", "Unemployment stood at 5.2%.")
    (chart,) = plan_charts(reference_like_article(), (rate,), ())
    assert chart.title == "US: unemployment rate 5.2%"  # "+5.2%" would say it rose
    costs = Figure("BA", "fuel costs", 106e6, "GBP", "£106m", "fuel costs rose by £106m", period="Q3",
                   kind=FigureKind.CHANGE, direction=Direction.UP)
    (chart,) = plan_charts(reference_like_article(), (costs,), ())
    assert chart.title == "BA: fuel costs change +£106m in Q3"


def test_a_change_compared_with_an_earlier_one_leads_its_chart_title():
    from briefing.model import Direction, FigureKind

    now = Figure("China", "industrial output growth", 15.7, "%", "15.7%", "s", period="October", id="f1",
                 compare_to="f2", kind=FigureKind.CHANGE, direction=Direction.UP)
    before = Figure("China", "industrial output growth", 23.0, "%", "23%", "s", period="February", id="f2",
                    kind=FigureKind.CHANGE, direction=Direction.UP)
    (chart,) = plan_charts(reference_like_article(), (now, before), ())
    assert chart.title.startswith("China: industrial output growth +15.7%")
    assert chart.title.endswith("down from +23% in February")


def test_amounts_a_thousand_times_apart_do_not_share_bars():
    each = Figure("Britannia", "profit share", 52, "GBP", "£52", "s", period="2004")
    total = Figure("Britannia", "profit share", 370e6, "GBP", "£370m", "s", period="since 1997")
    assert plan_charts(reference_like_article(), (each, total), ()) == ()
    close = Figure("Britannia", "profit share", 38, "GBP", "£38", "s", period="2003")
    assert [c.kind for c in plan_charts(reference_like_article(), (close, each), ())] == ["bars"]


def test_a_measure_that_is_a_verb_of_keeping_is_not_charted():
    kept = Figure("UK", "kept", 60, "%", "60%", "It found that more than 60% kept 1,000 music files.")
    assert plan_charts(reference_like_article(), (kept,), ()) == ()
