"""``--data`` files (corrections, drops, added series) and takeaways derived for articles without them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import BuildOptions, InputError, make_briefing
from briefing.cli import main
from briefing.model.formatting import provenance
from briefing.model.types import OriginKind
from briefing.read.datafile import parse_data

DATA = Path(__file__).parent / "data"
PAGE = DATA / "news-page.html"
NO_TAKEAWAYS = """Northwind profits jump

Northwind Systems said revenue rose 18% to $4.2 billion in the third quarter. Analysts had expected less.

The weather in Seattle was mild this week. Net profit at Northwind climbed 25% to $910 million.

Rival Contoso said its sales fell 6% to $1.1 billion. Contoso blamed weak demand.
"""


@pytest.mark.parametrize("data_file", ["northwind-data.yaml", "northwind-data.csv"])
def test_series_becomes_a_chart_with_its_own_source_line(data_file):
    briefing = make_briefing(PAGE, BuildOptions(data=DATA / data_file))
    chart = briefing.charts[0]
    assert chart.kind == "bars" and chart.key == "series-northwind-revenue"
    assert [f.period for f in chart.figures] == ["Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026", "Q3 2026"]
    assert chart.figures[0].value == 3.4e9 and chart.title == "Northwind: revenue, Q2 2025 to Q3 2026"
    source = "Northwind quarterly reports, 2025-2026" if data_file.endswith("yaml") else "Northwind 10-Q filings"
    assert chart.source == f"Source: {source}"
    # every series point is listed among the figures, saying where it came from
    assert all(f in briefing.figures and provenance(f) == f"From data file {data_file}: {source}"
               and f.origin.kind == OriginKind.DATA_FILE for f in chart.figures)
    assert not any(f.quote == "7.5%" for f in briefing.figures)  # dropped
    without = make_briefing(PAGE)
    assert not any(c.key.startswith("series-") for c in without.charts)


def test_correction_changes_the_value_and_credits_the_file():
    briefing = make_briefing(PAGE, BuildOptions(data=DATA / "northwind-data.yaml"))
    (profit,) = [f for f in briefing.figures if f.quote == "$910 million"]
    assert profit.value == 9.2e8
    assert provenance(profit).startswith("From data file northwind-data.yaml: Northwind quarterly reports")
    assert profit.origin.corrects == "$910 million" and "$910 million" in profit.sentence  # the article's words stay
    assert "\u201c$910 million\u201d" in provenance(profit)  # what the article had said stays traceable


def test_correction_by_subject_and_metric_shows_in_the_chart_source(tmp_path):
    data = tmp_path / "fix.yaml"
    data.write_text("source: Company filing\ncorrect:\n  - {subject: Northwind Systems, metric: revenue, value: 4.3e9}\n",
                    encoding="utf-8")
    briefing = make_briefing(PAGE, BuildOptions(data=data))
    fixed = [f for f in briefing.figures if f.value == 4.3e9]
    assert fixed and all(f.origin.file == "fix.yaml" and f.origin.credit == "Company filing" for f in fixed)
    charted = [c for c in briefing.charts if any(f in fixed for f in c.figures)]
    assert charted and all("corrected with data file fix.yaml: Company filing" in c.source for c in charted)


def test_cli_build_with_data_file(tmp_path):
    assert main(["build", str(PAGE), "--data", str(DATA / "northwind-data.csv"), "-o", str(tmp_path),
                 "--date", "2026-11-25", "-q"]) == 0
    assert len(list(tmp_path.glob("*.pptx"))) == 1 and len(list(tmp_path.glob("*.pdf"))) == 1


@pytest.mark.parametrize("name,text,message", [
    ("bad.yaml", "source: x\nseries:\n  - subject: [unclosed\n", r"bad.yaml: line \d+: not valid YAML"),
    ("bad.csv", "action,quote,subject,metric,period,value,unit,source\nseries,,A,revenue,Q1,3.4bn?,USD,\n",
     r"bad.csv: row 2: value '3.4bn\?' is not a number"),
    ("verb.csv", "action,quote,subject,metric,period,value,unit,source\nfix,$1,,,,2,,\n",
     r"verb.csv: row 2: action 'fix' is not one of"),
    ("head.csv", "what,ever\n1,2\n", r"head.csv: row 1: the header must name"),
    ("who.yaml", "correct:\n  - {value: 3}\n", r"who.yaml: correct\[0\]: name the figure by 'quote'"),
    ("unit.yaml", "add:\n  - {subject: A, metric: m, value: 3}\n", r"unit.yaml: add\[0\]: field 'unit' is missing"),
    ("pts.yaml", "series:\n  - {subject: A, metric: m, unit: USD, points: 3}\n", r"pts.yaml: series\[0\]: field 'points'"),
    ("typo.yaml", "corrections: []\n", r"typo.yaml: unknown field 'corrections'"),
])
def test_malformed_data_file(name, text, message):
    with pytest.raises(InputError, match=message):
        parse_data(text, name)


@pytest.mark.parametrize("text,message", [
    ("correct:\n  - {quote: '$9 billion', value: 1}\n", r"correct\[0\]: no figure with quote '\$9 billion'"),
    ("drop:\n  - {subject: Nobody, metric: revenue}\n", r"drop\[0\]: no figure with subject 'Nobody'"),
])
def test_unknown_figure_to_correct_is_an_error(tmp_path, text, message):
    data = tmp_path / "d.yaml"
    data.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="d.yaml: " + message):
        make_briefing(PAGE, BuildOptions(data=data))


def test_cli_reports_a_broken_data_file(tmp_path, capsys):
    data = tmp_path / "d.csv"
    data.write_text("action,quote,subject,metric,period,value,unit,source\nadd,,A,m,,n/a,USD,\n", encoding="utf-8")
    assert main(["inspect", str(PAGE), "--data", str(data)]) == 2
    assert "d.csv: row 2: value 'n/a' is not a number" in capsys.readouterr().err


# --- Corrections that set any field -------------------------------------------------------------

INVEST = """Acme builds a plant

Acme said it will invest $2.4 billion in a new plant in Ohio. Shares of Acme rose 3% on the news.
"""


def _corrected(tmp_path, text, name="fix.yaml", article=INVEST):
    data = tmp_path / name
    data.write_text(text, encoding="utf-8")
    return make_briefing(article, BuildOptions(data=data))


def _by_quote(briefing, quote):
    (figure,) = [f for f in briefing.figures if f.quote == quote]
    return figure


def test_correction_by_quote_sets_the_owner_and_keeps_the_article_as_the_value_origin(tmp_path):
    before = _by_quote(make_briefing(INVEST), "$2.4 billion")
    briefing = _corrected(tmp_path, 'correct:\n  - {quote: "$2.4 billion", subject: "Acme Holdings", metric: capex}\n')
    fixed = _by_quote(briefing, "$2.4 billion")
    assert (fixed.subject, fixed.metric, fixed.value) == ("Acme Holdings", "capex", before.value)
    assert fixed.origin == before.origin and fixed.certain and fixed.reason == ""
    # the charts are planned from the corrected figure, so the deck names the new owner
    assert any("Acme Holdings" in chart.title for chart in briefing.charts if fixed in chart.figures)


def test_correction_sets_direction_and_charted_and_turns_the_sign(tmp_path):
    briefing = _corrected(tmp_path, 'correct:\n  - {quote: "3%", direction: down, charted: false}\n')
    fixed = _by_quote(briefing, "3%")
    assert fixed.direction == "down" and fixed.value == -3.0 and fixed.charted is False
    assert not any(fixed in chart.figures for chart in briefing.charts)


def test_correction_by_subject_and_metric_sets_the_rest(tmp_path):
    before = _by_quote(make_briefing(INVEST), "$2.4 billion")
    text = f"correct:\n  - {{subject: {before.subject}, metric: {before.metric}, period: 2027, unit: EUR}}\n"
    fixed = _by_quote(_corrected(tmp_path, text), "$2.4 billion")
    assert (fixed.subject, fixed.period, fixed.unit) == (before.subject, "2027", "EUR")
    assert fixed.origin.kind == OriginKind.DATA_FILE and fixed.origin.corrects == "$2.4 billion"


def test_csv_correction_with_direction_and_charted_columns(tmp_path):
    text = ("action,quote,subject,metric,period,value,unit,source,direction,charted\n"
            "correct,$2.4 billion,Acme Holdings,,,,,,,no\n")
    fixed = _by_quote(_corrected(tmp_path, text, "fix.csv"), "$2.4 billion")
    assert fixed.subject == "Acme Holdings" and fixed.charted is False


@pytest.mark.parametrize("name,text,message", [
    ("f.yaml", "correct:\n  - {quote: '3%', owner: Acme}\n", r"f.yaml: correct\[0\]: unknown field 'owner'"),
    ("f.yaml", "drop:\n  - {quote: '3%', value: 1}\n", r"f.yaml: drop\[0\]: unknown field 'value'"),
    ("f.yaml", "add:\n  - {subject: A, metric: m, value: 1, unit: USD, colour: red}\n",
     r"f.yaml: add\[0\]: unknown field 'colour'"),
    ("f.yaml", "series:\n  - {subject: A, metric: m, unit: USD, points: [{period: Q1, value: 1, note: x}]}\n",
     r"f.yaml: series\[0\].points\[0\]: unknown field 'note'"),
    ("f.yaml", "correct:\n  - {quote: '3%'}\n", r"f.yaml: correct\[0\]: the correction sets nothing"),
    ("f.yaml", "correct:\n  - {quote: '3%', direction: sideways}\n", r"direction 'sideways' is not one of up"),
    ("f.yaml", "correct:\n  - {quote: '3%', charted: maybe}\n", r"charted 'maybe' is not true or false"),
    ("f.csv", "action,quote,value,owner\ncorrect,3%,1,Acme\n", r"f.csv: row 1: unknown column 'owner'"),
])
def test_malformed_correction(name, text, message):
    with pytest.raises(InputError, match=message):
        parse_data(text, name)


TWICE = "Acme grows\n\nAcme said its sales rose 8% in May. Rival Beta said its revenue fell 8% in June.\n"


def test_a_quote_that_stands_twice_is_narrowed_by_its_sentence(tmp_path):
    sentence = "Rival Beta said its revenue fell 8% in June."
    narrowed = _corrected(tmp_path, f'correct:\n  - {{quote: "8%", sentence: "{sentence}", subject: Beta Corp}}\n',
                          article=TWICE)
    assert [f.subject == "Beta Corp" for f in narrowed.figures if f.quote == "8%"] == [False, True]
    both = _corrected(tmp_path, 'correct:\n  - {quote: "8%", subject: Beta Corp}\n', article=TWICE)
    assert [f.subject for f in both.figures if f.quote == "8%"] == ["Beta Corp", "Beta Corp"]
    with pytest.raises(InputError, match="no figure with quote '8%' in that sentence"):
        _corrected(tmp_path, 'drop:\n  - {quote: "8%", sentence: "Not in the article."}\n', article=TWICE)


def test_cli_inspect_shows_the_corrected_owner(tmp_path, capsys):
    article, data = tmp_path / "a.txt", tmp_path / "d.yaml"
    article.write_text(INVEST, encoding="utf-8")
    data.write_text('correct:\n  - {quote: "$2.4 billion", subject: "Acme Holdings"}\n', encoding="utf-8")
    assert main(["inspect", str(article), "--json", "--data", str(data)]) == 0
    assert '"subject": "Acme Holdings"' in capsys.readouterr().out


# --- Derived takeaways ------------------------------------------------------------------------

def test_takeaways_are_derived_from_sentences_with_figures_and_actors():
    briefing = make_briefing(NO_TAKEAWAYS)
    article = briefing.article
    assert article.takeaways_derived is True
    # Owner and figure first, then the sentence that states it; the sentence about Contoso is left
    # out: its 6% fall was read as Northwind's, and leading with that owner would say what it does not.
    assert article.takeaways == (
        "Northwind Systems: revenue growth +18% \u2014 Northwind Systems said revenue rose 18% to $4.2 billion "
        "in the third quarter.",
        "Northwind Systems: net profit growth +25% \u2014 Net profit at Northwind climbed 25% to $910 million.",
    )


def test_derived_takeaways_are_capped_and_stated_ones_kept():
    many = "Big news\n\n" + " ".join(f"Company{i} Corp said sales rose {i + 1}% last year." for i in range(9)) + "\n"
    derived = make_briefing(many).article
    assert derived.takeaways_derived and len(derived.takeaways) == 5
    assert derived.takeaways[0].startswith("Company0: sales growth +1%")  # owner and figure first
    stated = make_briefing(PAGE).article
    assert not stated.takeaways_derived and len(stated.takeaways) == 3


def test_no_figures_no_derived_takeaways():
    article = make_briefing("Quiet day\n\nNothing happened at all today.\n").article
    assert article.takeaways == () and not article.takeaways_derived
