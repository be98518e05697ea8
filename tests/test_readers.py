"""Reading articles: structure, variants, encodings and refusals."""

from __future__ import annotations

import io

import pytest

from briefing.errors import InputError
from briefing.read import decode, detect_format, parse_text, read_article

REFERENCE_LIKE = """Short Headline $2.4B
A Longer Headline That Says The Same Thing
The lead paragraph says what happened. It has two sentences.
Key Takeaways
- First takeaway.
- Second takeaway.
Analysis
The analysis paragraph.
Did You Know?
- Term One:
- First line of the definition.
- Second line of the definition.
- Term Two:
- Only line.
"""


def test_reference_structure_is_read(reference_path):
    article = read_article(reference_path)
    assert article.title == "Innotron Invests $2.4B in Shanghai Chip Plant"
    assert article.subtitle.startswith("Chinese Tech Giant Innotron Invests $2.4 Billion")
    assert len(article.lead) == 1 and article.lead[0].startswith("In a significant move")
    assert len(article.takeaways) == 5
    assert article.takeaways[2].startswith("Micron Technology experiences a 5.5% decline")
    assert len(article.analysis) == 1
    assert [g.term for g in article.glossary] == ["Innotron", "Through-Silicon Vias (TSVs)", "Semiconductor Self-Sufficiency"]
    assert article.glossary[1].definition.startswith("TSVs represent") and "direct chip communication" in article.glossary[1].definition
    assert article.sections == ()


def test_sample_article_has_the_reference_structure(sample_path):
    article = read_article(sample_path)
    assert article.subtitle and len(article.takeaways) == 5 and len(article.glossary) == 3
    assert "长鑫存储" in article.glossary[0].definition


@pytest.mark.parametrize("transform", [
    pytest.param(lambda t: t, id="lf"),
    pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
    pytest.param(lambda t: "\ufeff" + t, id="bom"),
    pytest.param(lambda t: t.replace("\n", "\r"), id="cr"),
])
def test_line_endings_and_bom_give_the_same_article(transform):
    expected = parse_text(REFERENCE_LIKE)
    data = transform(REFERENCE_LIKE).encode("utf-8")
    assert read_article(data) == expected.__class__(**{**expected.__dict__, "source": "<bytes>"})


def test_glossary_terms_are_rebuilt():
    article = parse_text(REFERENCE_LIKE)
    assert [(g.term, g.definition) for g in article.glossary] == [
        ("Term One", "First line of the definition. Second line of the definition."),
        ("Term Two", "Only line."),
    ]


def test_missing_and_reordered_sections():
    text = "Headline\nAnalysis\nFirst the analysis.\nKey Takeaways\n- One.\n"
    article = parse_text(text)
    assert article.analysis == ("First the analysis.",)
    assert article.takeaways == ("One.",)
    assert article.lead == () and article.glossary == ()


def test_unknown_headings_are_kept_as_sections():
    text = "Headline\n\nLead sentence here.\n\nMarket Reaction\n\nShares rose on the news.\n"
    article = parse_text(text)
    assert article.lead == ("Lead sentence here.",)
    assert [(s.heading, s.paragraphs) for s in article.sections] == [("Market Reaction", ("Shares rose on the news.",))]


def test_plain_prose_has_only_a_lead():
    text = "BA profits fall\n\nBritish Airways has blamed fuel for a 40% drop in profits.\n\nIt said more.\n"
    article = parse_text(text)
    assert article.title == "BA profits fall" and article.subtitle == ""
    assert article.lead == ("British Airways has blamed fuel for a 40% drop in profits.", "It said more.")


def test_markdown_article():
    text = ("# Innotron bets big\n\n## A longer headline\n\nThe lead, written over\ntwo lines with **bold** and a "
            "[link](http://example.com).\n\n## Key Takeaways\n\n* One\n* Two\n\n## Did You Know?\n\n"
            "- **TSV**: a vertical connection.\n\n## Figures\n\n| Metric | Value |\n|---|---|\n| Revenue | 82% |\n")
    article = read_article(io.BytesIO(text.encode()), input_format="markdown")
    assert article.title == "Innotron bets big" and article.subtitle == "A longer headline"
    assert article.lead == ("The lead, written over two lines with bold and a link.",)
    assert article.takeaways == ("One", "Two")
    assert article.glossary[0].term == "TSV" and article.glossary[0].definition == "a vertical connection."
    assert [(s.heading, s.paragraphs) for s in article.sections] == [("Figures", ("Metric | Value", "Revenue | 82%"))]


def test_html_page_drops_boilerplate():
    page = """<!DOCTYPE html><html><head><title>x</title><style>p{}</style><script>var a=1;</script></head>
    <body><nav><p>Home | World | Business</p></nav><div class="ad"><aside><p>Buy now!</p></aside></div>
    <article><h1>Innotron invests</h1><p>The lead &amp; more.</p><h2>Key Takeaways</h2><ul><li>One</li></ul></article>
    <footer><p>Copyright</p></footer></body></html>"""
    article = parse_text(page, "page.html")
    assert article.title == "Innotron invests"
    assert article.lead == ("The lead & more.",)
    assert article.takeaways == ("One",)
    assert "Buy now" not in str(article) and "Copyright" not in str(article)


@pytest.mark.parametrize("text,name,expected", [
    ("Headline\nText.", "a.txt", "text"),
    ("# Headline\nText.", "a.txt", "markdown"),
    ("Headline", "a.md", "markdown"),
    ("<html><body><p>x</p></body></html>", "a", "html"),
    ("anything", "page.htm", "html"),
])
def test_format_detection(text, name, expected):
    assert detect_format(text, name) == expected


@pytest.mark.parametrize("data,message", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file"),
    (b"%PDF-1.7\n", "not a text file"),
    ("Caf\u00e9 headline\n".encode("latin-1"), "not UTF-8"),
])
def test_refused_bytes(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "x.txt")


def test_utf16_with_bom_is_decoded():
    assert decode("Headline\nText".encode("utf-16"), "x") == "Headline\nText"


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)


def test_too_large_file_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Headline\n" + b"a" * 2000)
    with pytest.raises(InputError, match="larger than"):
        read_article(big, max_bytes=1000)


def test_no_headline():
    with pytest.raises(InputError, match="no headline"):
        parse_text("Key Takeaways\n- One.\n")


def test_forbidden_characters_are_dropped():
    article = parse_text("Head\x00line\x07\nLead \x1b text.\n")
    assert article.title == "Headline" and article.lead == ("Lead  text.",)


# --- A saved news page, structured briefing files -------------------------------------------

DATA = __import__("pathlib").Path(__file__).parent / "data"


def test_saved_news_page_keeps_the_article_and_drops_the_page():
    article = read_article(DATA / "news-page.html")
    assert article.title == "Northwind Posts Record Quarter as Cloud Sales Jump"
    assert article.lead[0].startswith("Northwind Systems reported third-quarter revenue of $4.2 billion")
    assert "$910 million" in article.lead[1] and "$2 billion" in article.lead[2]
    assert article.takeaways == ("Northwind's quarterly revenue rose 18% to $4.2 billion.",
                                 "Net profit climbed 25% to $910 million, ahead of forecasts.",
                                 "Cloud sales grew 40% to $1.6 billion while hardware sales fell 6%.")
    assert article.analysis[0].startswith("The results suggest")
    text = str(article)
    for boilerplate in ("cookies", "Subscribe", "ADVERTISEMENT", "zero commission", "prize draw", "Related",
                        "Contoso", "Privacy policy", "All rights reserved", "dataLayer", "font-family",
                        "Share on", "morning briefing", "Jane Doe"):
        assert boilerplate not in text, boilerplate


def test_saved_news_page_figures_come_out():
    from briefing.extract import extract_figures

    figures, _ = extract_figures(read_article(DATA / "news-page.html"))
    found = {(f.value, f.unit) for f in figures}
    assert {(4.2e9, "USD"), (910e6, "USD"), (1.6e9, "USD"), (2e9, "USD"), (-6, "%"), (40, "%")} <= found
    assert (999e9, "USD") not in found and (3e12, "USD") not in found  # script and related links


def test_html_fallback_parser_reads_the_page_without_trafilatura(monkeypatch):
    import briefing.read.html as html

    monkeypatch.setattr(html, "trafilatura_blocks", lambda _text: None)
    article = read_article(DATA / "news-page.html")
    assert article.title.startswith("Northwind") and len(article.takeaways) == 3


STRUCTURED = {
    "title": "Northwind posts a record quarter",
    "subtitle": "Cloud sales jump",
    "lead": "Northwind reported revenue of $4.2 billion.\n\nNet profit rose 25% to $910 million.",
    "takeaways": ["Revenue rose 18%."],
    "analysis": "Cloud pays.",
    "glossary": [{"term": "Cloud", "definition": "Rented computing."}],
    "sections": [{"heading": "Market Reaction", "paragraphs": ["Shares rose 7.5%."]}],
}


@pytest.mark.parametrize("fmt,suffix", [("json", ".json"), ("yaml", ".yaml"), ("yaml", ".yml")])
def test_structured_file_by_extension(tmp_path, fmt, suffix):
    import json

    import yaml

    path = tmp_path / f"briefing{suffix}"
    path.write_text(json.dumps(STRUCTURED) if fmt == "json" else yaml.safe_dump(STRUCTURED), encoding="utf-8")
    article = read_article(path)
    assert article.title == "Northwind posts a record quarter" and article.subtitle == "Cloud sales jump"
    assert article.lead == ("Northwind reported revenue of $4.2 billion.", "Net profit rose 25% to $910 million.")
    assert article.takeaways == ("Revenue rose 18%.",) and article.analysis == ("Cloud pays.",)
    assert article.glossary[0].term == "Cloud" and article.sections[0].paragraphs == ("Shares rose 7.5%.",)


def test_structured_format_detected_from_content_and_forced():
    import json

    assert detect_format(json.dumps(STRUCTURED)) == "json"
    assert detect_format("---\n# a briefing\ntitle: X\nlead: Y\n") == "yaml"
    assert detect_format("Title: A headline that is prose\n\nText.", "a.txt") == "text"
    article = read_article(io.BytesIO(b"title: Forced\nlead: [One., Two.]\n"), input_format="yaml")
    assert article.title == "Forced" and article.lead == ("One.", "Two.")


def test_inspect_json_output_reads_back(tmp_path):
    import json

    from briefing import make_briefing
    from briefing.model.serialize import briefing_to_json

    original = make_briefing(DATA / "news-page.html")
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(briefing_to_json(original)), encoding="utf-8")
    again = make_briefing(path)
    assert again.article.takeaways == original.article.takeaways
    assert again.figures == original.figures  # the figures listed in the file replace extraction


def test_curated_figures_replace_extraction_and_keep_their_sentence(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text("title: T\nlead: Revenue was $4.2 billion.\nfigures:\n"
                    "  - {subject: Northwind, metric: revenue, value: 4.2e9, unit: USD,\n"
                    "     quote: $4.2 billion, sentence: Revenue was $4.2 billion.}\n"
                    "  - {subject: Northwind, metric: staff, value: 52000, unit: people}\n", encoding="utf-8")
    from briefing import make_briefing

    figures = make_briefing(path).figures
    assert [(f.metric, f.value, f.quote, f.sentence) for f in figures] == [
        ("revenue", 4.2e9, "$4.2 billion", "Revenue was $4.2 billion."), ("staff", 52000, "", "")]


@pytest.mark.parametrize("name,text,message", [
    ("bad.json", '{"title": "T",\n "lead": }', r"bad.json: line 2: not valid JSON"),
    ("bad.yaml", "title: T\nlead: [unclosed\n", r"bad.yaml: line \d+: not valid YAML"),
    ("list.yaml", "- title\n", r"list.yaml: expected a mapping"),
    ("nohead.yaml", "lead: Text.\n", r"nohead.yaml: field 'title' is missing"),
    ("typo.yaml", "title: T\ntakeaway: [x]\n", r"typo.yaml: unknown field 'takeaway'"),
    ("gloss.yaml", "title: T\nglossary: [{definition: d}]\n", r"gloss.yaml: field 'glossary\[0\].term' is missing"),
    ("fig.yaml", "title: T\nfigures: [{subject: A, metric: m, value: lots, unit: USD}]\n",
     r"fig.yaml: field 'figures\[0\].value': 'lots' is not a number"),
    ("fig2.json", '{"title": "T", "figures": [{"subject": "A", "metric": "m", "value": 1}]}',
     r"fig2.json: field 'figures\[0\].unit' is missing"),
])
def test_malformed_structured_file(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_article(path)
