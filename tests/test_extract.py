"""Tests for ``briefing.extract``: spellings, sentence splitting, the reference article, and
what is deliberately not a figure (years, dates, counts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extract import extract_figures
from briefing.extract.sentences import split_sentences
from briefing.model import Article, Figure, GlossaryEntry

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "innotron-cxmt.txt"


def figures_of(text: str, title: str = "Headline") -> tuple[Figure, ...]:
    return extract_figures(Article(title=title, lead=(text,)))[0]


def only(text: str) -> Figure:
    found = figures_of(text)
    assert len(found) == 1, found
    return found[0]


# --- spellings -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Acme will invest $2.4 billion in a plant.", 2.4e9, "USD"),
        ("Acme will invest $2.4B in a plant.", 2.4e9, "USD"),
        ("Acme will invest $2.4bn in a plant.", 2.4e9, "USD"),
        ("Acme paid US$850m for the unit.", 850e6, "USD"),
        ("Acme raised €1.2bn from investors.", 1.2e9, "EUR"),
        ("Acme made a pre-tax profit of £75m.", 75e6, "GBP"),
        ("Acme has debt of 1.8bn euros.", 1.8e9, "EUR"),
        ("Acme is worth 7.5bn euros.", 7.5e9, "EUR"),
        ("Acme will spend RMB 10 billion on chips.", 10e9, "CNY"),
        ("Acme will spend 10 billion yuan on chips.", 10e9, "CNY"),
        ("Acme will spend ¥300bn on chips.", 300e9, "JPY"),
        ("Acme will spend ¥300bn, or 300bn yuan, on chips.", 300e9, "CNY"),
        ("Acme will spend Rs 500 crore on roads.", 5e9, "INR"),
        ("Acme booked sales of 1,234.5 million euros.", 1234.5e6, "EUR"),
        ("Profits at Acme jumped to $1.13bn.", 1130000000, "USD"),
        ("The deficit will stay close to half a trillion dollars.", 5e11, "USD"),
        ("Acme shares closed up four pence.", 4, "GBp"),
        ("Acme shares closed at 274.5 pence.", 274.5, "GBp"),
        ("Acme's margin moved -3.2 percentage points.", -3.2, "pp"),
        ("The bank cut interest rates by 150 basis points.", -1.5, "pp"),
        ("The Fed raised interest rates by a quarter of a point.", 0.25, "pp"),
        ("Acme sales are 3x those of 2020.", 3, "x"),
        ("Acme sales fell 5.5%.", -5.5, "%"),
        ("Acme sales were down 5.5 percent.", -5.5, "%"),
        ("Acme sales rose 5.5 per cent.", 5.5, "%"),
        ("Acme reported a 5.5% decline in sales.", -5.5, "%"),
        ("Acme's revenue grew 82% year-over-year.", 82, "%"),
        ("Acme's Q3 revenue surges by 82%.", 82, "%"),
        ("Acme shares fell by some 4%.", -4, "%"),
        ("Acme's trade gap narrowed by 4.9%.", -4.9, "%"),
        ("Acme is about 9% smaller than Brix.", -9, "%"),
        ("Unemployment fell to 3.3% in May.", 3.3, "%"),
        ("Output grew 1%, down from 23% in February.", 23, "%"),
    ],
)
def test_spelling(text: str, value: float, unit: str) -> None:
    found = [f for f in figures_of(text) if f.unit == unit]
    assert found, figures_of(text)
    figure = found[-1]
    assert figure.value == pytest.approx(value, rel=1e-12)
    assert figure.quote in figure.sentence


def test_a_hyphen_after_a_word_or_a_figure_is_no_minus_sign() -> None:
    assert [f.value for f in figures_of("Digital guru floats sub-$100 PC for schools.")] == [100]
    prices = figures_of("The price range was 1,050-1,125 rupees ($24-$26) a share.")
    assert 26 in [f.value for f in prices if f.unit == "USD"] and all(f.value > 0 for f in prices)
    assert only("Acme's margin moved to -$5m.").value == -5e6  # a minus sign before a space is one


@pytest.mark.parametrize(("text", "value"), [("Sixteen percent of parents own one.", 16),
                                           ("Fifty nine percent of people were worried.", 59),
                                           ("About twenty-five per cent said no.", 25),
                                           ("A hundred percent of them agreed.", 100)])
def test_a_percentage_in_words(text: str, value: float) -> None:
    figure = only(text)
    assert (figure.value, figure.unit) == (value, "%")


def test_exact_decimal_arithmetic() -> None:
    assert only("Profits at Acme rose to $1.13bn.").value == 1130000000.0
    assert only("Acme's turnover was £392.1m.").value == 392100000.0


@pytest.mark.parametrize(
    ("text", "values", "roles"),
    [
        ("Acme will spend $1-2 billion.", [1e9, 2e9], ["range-low", "range-high"]),
        ("Acme expects a 3% to 3.5% improvement.", [3, 3.5], ["range-low", "range-high"]),
        ("Acme may raise prices between 20% and 30%.", [20, 30], ["range-low", "range-high"]),
        ("Acme growth was 0.7-0.8%, ahead of forecasts.", [0.7, 0.8], ["range-low", "range-high"]),
        ("Acme raised the limit from 49% to 74%.", [49, 74], ["main", "main"]),
    ],
)
def test_ranges(text: str, values: list[float], roles: list[str]) -> None:
    found = figures_of(text)
    assert [f.value for f in found] == pytest.approx(values)
    assert [f.role for f in found] == roles


@pytest.mark.parametrize(
    ("text", "approximate"),
    [("Acme lost about $5m.", True), ("Acme lost nearly $5m.", True),
     ("Acme sales grew more than 25% a year.", True), ("Acme lost $5m.", False)],
)
def test_approximate(text: str, approximate: bool) -> None:
    assert only(text).approximate is approximate


def test_bracketed_conversion_is_not_a_second_figure() -> None:
    found = figures_of("Acme's profit rose 76% to $1.13bn (£600m), from $639m.")
    assert [(f.value, f.unit) for f in found] == [(76, "%"), (1.13e9, "USD"), (639e6, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "Acme will open the plant in 2026.",
        "Acme was founded on 3 March 1999 in Ohio.",
        "Acme employs 45,000 people at 14 sites.",
        "It was the third profit warning in nine months.",
        "The court ruled 2-1 in 1999 against the firms.",
        "Acme sold 30,000 sports utility vehicles.",
    ],
)
def test_years_dates_and_counts_are_not_figures(text: str) -> None:
    assert figures_of(text) == ()


def test_subject_from_possessive_and_carried_pronoun() -> None:
    article = Article(title="Fuel hits airline", lead=(
        "British Airways has blamed high fuel prices for a 40% drop in profits. "
        "Reporting its results, the airline made a pre-tax profit of £75m.",
    ))
    drop, profit = extract_figures(article)[0]
    assert (drop.subject, drop.value) == ("British Airways", -40)
    assert (profit.subject, profit.metric) == ("British Airways", "pre-tax profit")


def test_period() -> None:
    assert only("Micron's Q3 revenue surges by 82%.").period == "Q3"
    assert only("For the full-year, Acme posted a profit of $3.36bn.").period == "full year"


# --- sentences -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profits rose 2.4%. Sales fell.", ["Profits rose 2.4%.", "Sales fell."]),
        ("Mr. Smith left. He said so.", ["Mr. Smith left.", "He said so."]),
        ("The U.S. economy grew. It was fast.", ["The U.S. economy grew.", "It was fast."]),
        ("Shares of Apple Inc. rose. The firm gained.", ["Shares of Apple Inc. rose.", "The firm gained."]),
        ("He joined Apple Inc. The company grew.", ["He joined Apple Inc.", "The company grew."]),
        ("George W. Bush spoke. Markets rose.", ["George W. Bush spoke.", "Markets rose."]),
        ('"It was strong." He said so.', ['"It was strong."', "He said so."]),
        ("Growth of 0.1%... in the third quarter is weak.", ["Growth of 0.1%... in the third quarter is weak."]),
        ("Is it over? No! It is not.", ["Is it over?", "No!", "It is not."]),
        ("Line one\n  continues here. Next   one.", ["Line one continues here.", "Next one."]),
        # A number's unit before a full stop ends the sentence; it is not an initial like "W."
        ("It set aside $500m. Its revenue rose 4.3%.", ["It set aside $500m.", "Its revenue rose 4.3%."]),
        ("Shares closed at 50p. Trading was thin.", ["Shares closed at 50p.", "Trading was thin."]),
        ("长鑫存储表示将投资。利润增长10%。", ["长鑫存储表示将投资。", "利润增长10%。"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


# --- the reference article -------------------------------------------------------------------

def read_seed(path: Path) -> Article:
    """The design card layout: headline, subheadline, lead, "Key Takeaways" bullets, "Analysis",
    and "Did You Know?" terms with their description bullets."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    title, subtitle, rest = lines[0], lines[1], lines[2:]
    parts: dict[str, list[str]] = {"lead": [], "takeaways": [], "analysis": [], "glossary": []}
    part = "lead"
    for line in rest:
        heading = {"Key Takeaways": "takeaways", "Analysis": "analysis", "Did You Know?": "glossary"}
        if line in heading:
            part = heading[line]
            continue
        parts[part].append(line.removeprefix("- "))
    glossary: list[GlossaryEntry] = []
    for line in parts["glossary"]:
        if line.endswith(":"):
            glossary.append(GlossaryEntry(line[:-1], ""))
        elif glossary:
            entry = glossary[-1]
            glossary[-1] = GlossaryEntry(entry.term, f"{entry.definition} {line}".strip())
    return Article(title=title, subtitle=subtitle, lead=tuple(parts["lead"]),
                   takeaways=tuple(parts["takeaways"]), analysis=tuple(parts["analysis"]),
                   glossary=tuple(glossary), source=str(path))


@pytest.fixture(scope="module")
def reference() -> tuple[Article, tuple[Figure, ...], tuple]:
    if not SEED.is_file():
        pytest.skip(f"reference article not found at {SEED}")
    article = read_seed(SEED)
    figures, milestones = extract_figures(article)
    return article, figures, milestones


def test_reference_has_exactly_three_figures(reference) -> None:
    _, figures, _ = reference
    assert [(f.value, f.unit) for f in figures] == [(2.4e9, "USD"), (-5.5, "%"), (82, "%")]


def test_reference_investment(reference) -> None:
    article, figures, _ = reference
    investment = figures[0]
    assert investment.subject == "Innotron"
    assert investment.metric.startswith("investment")
    assert investment.quote == "$2.4 billion"
    assert investment.sentence.startswith("In a significant move, Innotron")  # lead, not headline
    assert investment.sentence in " ".join(article.lead[0].split())


def test_reference_micron(reference) -> None:
    _, figures, _ = reference
    share, revenue = figures[1], figures[2]
    assert share.subject.startswith("Micron") and "share price" in share.metric
    assert share.quote == "5.5%" and "5.5% decline in stock value" in share.sentence
    assert revenue.subject == share.subject == "Micron Technology" and revenue.metric == "revenue growth"
    assert revenue.period == "Q3" and revenue.quote == "82%"


def test_reference_milestone(reference) -> None:
    _, _, milestones = reference
    assert len(milestones) == 1
    milestone = milestones[0]
    assert (milestone.subject, milestone.when, milestone.quote) == ("Innotron", "mid-2026", "by mid-2026")
    assert milestone.event == "production start"
    assert milestone.quote in milestone.sentence


def test_restated_fact_is_one_figure() -> None:
    article = Article(
        title="Acme Invests $2.4B in Plant",
        lead=("Acme will invest $2.4 billion in a new plant.",),
        takeaways=("Acme commits $2.4 billion to the plant.",),
    )
    figures = extract_figures(article)[0]
    assert len(figures) == 1
    assert figures[0].sentence == "Acme will invest $2.4 billion in a new plant."


def test_every_quote_is_in_its_sentence(reference) -> None:
    article, figures, milestones = reference
    text = " ".join(" ".join((article.title, article.subtitle, *article.paragraphs())).split())
    for item in (*figures, *milestones):
        assert item.quote in item.sentence
        assert item.sentence in text


# --- the bundled sample and the reference: one fact, one figure ------------------------------

SAMPLE = Path(__file__).resolve().parents[1] / "assets" / "sample-article.txt"
EXPECTED_FIGURES = [  # (subject, value, unit, period) in reading order
    ("Innotron", 2.4e9, "USD", ""), ("Micron", -5.5, "%", ""), ("Micron", 82, "%", "Q3")]


def _sample() -> Article:
    from briefing.api import parse_article
    return parse_article(str(SAMPLE))


@pytest.mark.parametrize("load", [_sample, lambda: read_seed(SEED)], ids=["sample", "reference"])
def test_sample_and_reference_give_the_same_facts(load) -> None:
    if not SEED.is_file():
        pytest.skip(f"reference article not found at {SEED}")
    figures, milestones = extract_figures(load())
    got = [(f.subject.split()[0], f.value, f.unit, f.period) for f in figures]
    assert got == EXPECTED_FIGURES
    assert "invest" in figures[0].metric and "share price" in figures[1].metric
    assert figures[2].metric == "revenue growth"
    assert [(m.subject, m.event, m.when) for m in milestones] == [
        ("Innotron", "production start", "mid-2026")]


def test_spend_on_is_an_investment() -> None:
    figure = only("Innotron, the company behind Chinese memory maker CXMT, plans to spend "
                  "$2.4 billion on an advanced chip-packaging plant in Shanghai.")
    assert figure.subject == "Innotron"
    assert figure.metric == "investment in chip-packaging plant in Shanghai"


def test_period_qualifies_its_own_metric_only() -> None:
    assert only("Micron's shares fell 5.5% after its guidance for the fourth quarter "
                "disappointed.").period == ""
    assert only("Acme's sales rose 4.4% in 2004.").period == "2004"


# --- subjects --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Ethiopia's crops failed. The Food and Agriculture Organisation (FAO) recommend local "
         "purchases. Agriculture is the main activity, they say. About 80% of Ethiopians depend "
         "on agriculture.", "80%", "Ethiopians"),
        ("The Food and Agriculture Organisation expects a 5% rise in food aid.", "5%",
         "Food and Agriculture Organisation"),
        ("But the Court of Appeals for the District of Columbia ruled against the US government. "
         "The tobacco companies deny wrongdoing. They say they met demands in a landmark $206bn "
         "settlement.", "$206bn", "tobacco companies"),
        ("Dimension Data surveyed call centres. Customers are getting impatient, it says. "
         "Customers hang up sooner as more customers call on the move. Calls to centres are growing at a rate of "
         "20% every year.",
         "20%", "Dimension Data"),
        ("Oil prices rose. The US Department of Energy reported that stockpiles had fallen. "
         '"Prices look like the $40 to $50 level," said an analyst.', "$50", "oil"),
        ("US light crude rose $1.64 to $47.10.", "$1.64", "US light crude"),
    ],
)
def test_subjects(text: str, quote: str, subject: str) -> None:
    article = Article(title="Oil rally" if "Oil" in text else "Survey", lead=(text,))
    found = [f for f in extract_figures(article)[0] if f.quote == quote]
    assert found and found[0].subject == subject, found


# --- metrics ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("Acme's profits jumped 76% to $1.13bn (£600m), from $639m year-earlier.", "$639m",
         "profit a year earlier"),
        ("For the full-year, Acme's revenues grew 6.4% to $42.09bn.", "6.4%", "revenue growth"),
        ("Acme said corporate investment is growing at more than 25% a year.", "25%",
         "investment growth"),
        ("Acme spent $6bn, far above its original projection of $4bn.", "$4bn",
         "original projection"),
    ],
)
def test_metric_names_what_grew_or_what_was_compared(text: str, quote: str, metric: str) -> None:
    found = [f for f in figures_of(text) if f.quote == quote]
    assert found and found[0].metric == metric, figures_of(text)


def test_a_gap_between_two_things_is_the_gap_and_between_exports_and_imports_a_trade_deficit():
    article = Article(title="Trade", lead=("The gap between US exports and imports hit an all-time high of $671.7bn "
                                           "in 2004.",))
    (figure,), _ = extract_figures(article)
    assert figure.metric == "trade deficit" and figure.value == 671.7e9
    article = Article(title="Pay", lead=("The gap between men's and women's pay hit £4,000 in 2004.",))
    (figure,), _ = extract_figures(article)
    assert figure.metric == "gap"


def test_figures_of_two_sentences_keep_their_own_sentence() -> None:
    """"$500m." once joined two sentences, so the revenue rise shared the provision's text."""
    article = Article(title="Acme", lead=("Acme set aside $500m. Its revenue rose 4.3% in 2004.",))
    figures, _ = extract_figures(article)
    by_quote = {f.quote: f.sentence for f in figures}
    assert by_quote == {"$500m": "Acme set aside $500m.", "4.3%": "Its revenue rose 4.3% in 2004."}
