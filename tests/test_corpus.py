"""Recall and fabrication of ``extract_figures`` on the labelled BBC corpus.

The corpus lives beside the checkout (``../shared/corpus``); the test is skipped without it. Scoring
follows the corpus README: a labelled figure (role main, approx, range-low or range-high; ``alt``
restatements are not required) is found when an extracted figure has the same unit and the same
signed value within 0.5%; for money amounts (losses, deficits and gaps included) either sign
counts, and pence may be given as GBp. An extracted value is fabricated when no number written in
the article can spell it. Run ``python tests/test_corpus.py`` to print the per-article table.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.extract import extract_figures  # noqa: E402
from briefing.model import Article, Figure  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
REQUIRED_ROLES = {"main", "approx", "range-low", "range-high"}
MIN_RECALL = 0.9


@dataclass(frozen=True)
class Label:
    file: str
    subject: str
    metric: str
    value: float
    unit: str
    role: str
    quote: str


def read_article(path: Path) -> Article:
    """Plain prose: the first non-empty line is the headline, the other paragraphs the lead."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    return Article(title=lines[0], lead=tuple(lines[1:]), source=str(path))


def read_labels() -> list[Label]:
    with open(CORPUS / "labels.tsv", encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [Label(r["file"], r["subject"], r["metric"], float(r["value"]), r["unit"],
                      r["role"], r["quote"]) for r in rows]


def _base(value: float, unit: str) -> tuple[float, str]:
    """Pence are compared as pounds: GBp 4 is GBP 0.04."""
    return (value / 100, "GBP") if unit == "GBp" else (value, unit)


def matches(label: Label, figure: Figure) -> bool:
    """The README rule: same unit, same signed value within 0.5% (either sign for money)."""
    value, unit = _base(figure.value, figure.unit)
    want, want_unit = _base(label.value, label.unit)
    if unit != want_unit:
        return False
    money = len(want_unit) == 3 and want_unit.isupper()
    if money:
        value, want = abs(value), abs(want)
    if want == 0:
        return value == 0
    return abs(value - want) <= 0.005 * abs(want)


_WORD_VALUES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "hundred": 100, "half": 0.5, "quarter": 0.25}
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SCALES = (1, 1e-2, 1e2, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12)


def spelled_numbers(text: str) -> set[float]:
    """Every magnitude the text spells, digits or words, at any scale it could be read at."""
    numbers = {float(Decimal(n.replace(",", ""))) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)
               if n.replace(",", "")}
    numbers |= {float(v) for w, v in _WORD_VALUES.items() if re.search(rf"\b{w}\b", text, re.I)}
    # "fifty nine", "twenty-five"
    numbers |= {float(_WORD_VALUES[tens.lower()] + _WORD_VALUES[unit.lower()]) for tens, unit in re.findall(
        rf"\b({'|'.join(_TENS_WORDS)})[\s-]({'|'.join(_UNIT_WORDS)})\b", text, re.I)}
    return {n * s for n in numbers for s in _SCALES}


def fabricated(figure: Figure, text: str, spelled: set[float]) -> bool:
    """A figure is fabricated when its sentence or quote is not the article's, or no number of
    the article spells its value."""
    flat = " ".join(text.split())
    if figure.quote not in figure.sentence or figure.sentence not in flat:
        return True
    value = abs(_base(figure.value, figure.unit)[0])
    candidates = spelled | {abs(_base(n, figure.unit)[0]) for n in spelled}
    return not any(abs(value - n) <= 1e-6 * max(1.0, n) for n in candidates)


@dataclass
class Score:
    file: str
    labelled: int
    found: int
    extracted: int
    fabricated: int
    misses: list[Label]


def score_corpus() -> list[Score]:
    labels = read_labels()
    scores = []
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        article = read_article(path)
        figures, _ = extract_figures(article)
        text = path.read_text(encoding="utf-8")
        spelled = spelled_numbers(text)
        wanted = [lb for lb in labels if lb.file == path.name and lb.role in REQUIRED_ROLES]
        misses = [lb for lb in wanted if not any(matches(lb, f) for f in figures)]
        bad = [f for f in figures if fabricated(f, text, spelled)]
        scores.append(Score(path.name, len(wanted), len(wanted) - len(misses), len(figures),
                            len(bad), misses))
    return scores


def report(scores: list[Score]) -> str:
    lines = [f"{'article':<12} {'labels':>6} {'found':>6} {'extracted':>9} {'fabricated':>10}"]
    for s in scores:
        lines.append(f"{s.file:<12} {s.labelled:>6} {s.found:>6} {s.extracted:>9} {s.fabricated:>10}")
    labelled = sum(s.labelled for s in scores)
    found = sum(s.found for s in scores)
    lines.append(f"{'total':<12} {labelled:>6} {found:>6} {sum(s.extracted for s in scores):>9} "
                 f"{sum(s.fabricated for s in scores):>10}")
    lines.append(f"recall {found / max(1, labelled):.3f}")
    for s in scores:
        for miss in s.misses:
            lines.append(f"  missed {miss.file} {miss.quote!r} {miss.value:g} {miss.unit} "
                         f"({miss.subject}: {miss.metric})")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def scores() -> list[Score]:
    if not (CORPUS / "labels.tsv").is_file():
        pytest.skip(f"corpus not found at {CORPUS} (CI puts shared/ beside the checkout)")
    result = score_corpus()
    print("\n" + report(result))
    return result


def test_corpus_recall(scores: list[Score]) -> None:
    labelled = sum(s.labelled for s in scores)
    found = sum(s.found for s in scores)
    assert found / labelled >= MIN_RECALL, report(scores)


def test_corpus_no_fabrication(scores: list[Score]) -> None:
    assert sum(s.fabricated for s in scores) == 0, report(scores)


def test_no_value_fabricated_in_any_article_of_the_larger_corpus() -> None:
    """The 320 unlabelled articles of ``more/``: every figure's value is spelled by a number of the
    article, its quote stands in its sentence and its sentence in the article."""
    articles = sorted((CORPUS / "more").glob("*.txt"))
    if not articles:
        pytest.skip(f"corpus not found at {CORPUS / 'more'}")
    bad = []
    for path in articles:
        text = path.read_text(encoding="utf-8")
        spelled = spelled_numbers(text)
        figures, _ = extract_figures(read_article(path))
        bad += [f"{path.name}: {f.quote!r} read as {f.value:g} {f.unit}" for f in figures if fabricated(f, text, spelled)]
    assert not bad, "\n".join(bad)


PROBE = CORPUS.parent / "tools" / "meaning_probe.py"
LABELS = Path(__file__).parent / "labels"


def run_probe(articles: Path, labels: Path, owners: Path, *floors: str) -> subprocess.CompletedProcess[str]:
    """The shared probe over ``briefing inspect --json`` of ``articles``, failing below ``floors``
    (skips when the probe, the articles or the briefing command is missing)."""
    briefing = shutil.which("briefing", path=str(Path(sys.executable).parent)) or shutil.which("briefing")
    if not PROBE.is_file() or briefing is None or not articles.is_dir():
        pytest.skip(f"the meaning probe (shared/tools), {articles} or the briefing command is missing")
    return subprocess.run([sys.executable, str(PROBE), briefing, str(articles), str(labels), str(owners), *floors],
                          capture_output=True, text=True, timeout=600)


def test_corpus_meaning_every_charted_figure_right() -> None:
    """The corpus's meaning targets, scored by the shared probe over ``briefing inspect --json``:
    every labelled figure found, owners right for 95% of them, and every charted figure's owner and
    direction right."""
    run = run_probe(CORPUS / "articles", CORPUS / "labels.tsv", CORPUS / "owners.tsv",
                    "--min-recall", "1.0", "--min-owner", "0.95", "--min-charted", "1.0")
    assert run.returncode == 0, run.stdout + run.stderr


def test_tuning_half_of_more_keeps_its_meaning() -> None:
    """The labelled tuning half of ``more/`` (see tests/labels/README.md) keeps what it scores: a
    regression guard only; the validation halves are measured by hand and never asserted here."""
    run = run_probe(CORPUS / "more", LABELS / "tune.tsv", LABELS / "owners-tune.tsv",
                    "--min-recall", "0.99", "--min-owner", "0.89", "--min-charted", "1.0")
    assert run.returncode == 0, run.stdout + run.stderr


if __name__ == "__main__":
    if not (CORPUS / "labels.tsv").is_file():
        sys.exit(f"corpus not found at {CORPUS}")
    print(report(score_corpus()))
