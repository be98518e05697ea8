"""The command line: outputs, JSON, exit codes and messages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SAMPLE

from briefing import __version__
from briefing.cli import main


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_help_and_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0 and "build" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0 and __version__ in capsys.readouterr().out


def test_no_command_is_bad_usage(capsys):
    status, _, err = run(capsys)
    assert status == 2 and "usage" in err


def test_inspect_reference_lists_the_three_figures(capsys, reference_path):
    status, out, _ = run(capsys, "inspect", str(reference_path), "--json")
    data = json.loads(out)
    assert status == 0
    assert data["title"] == "Innotron Invests $2.4B in Shanghai Chip Plant"
    assert len(data["takeaways"]) == 5 and len(data["glossary"]) == 3
    found = {(f["value"], f["unit"]) for f in data["figures"]}
    assert found == {(2400000000, "USD"), (-5.5, "%"), (82, "%")}
    text = reference_path.read_text(encoding="utf-8")
    for figure in data["figures"]:
        assert figure["sentence"] in text and figure["quote"] in figure["sentence"]


def test_build_json_and_files(capsys, tmp_path, reference_path):
    status, out, err = run(capsys, "build", str(reference_path), "-o", str(tmp_path), "--json", "--date", "2026-11-25")
    assert status == 0, err
    (entry,) = json.loads(out)
    assert entry["source"] == str(reference_path) and entry["figures"] == 3
    assert entry["deck"].endswith("innotron-invests-2-4b-in-shanghai-chip-plant.pptx")
    assert entry["memo"].endswith("innotron-invests-2-4b-in-shanghai-chip-plant.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["innotron-invests-2-4b-in-shanghai-chip-plant.pptx", "innotron-invests-2-4b-in-shanghai-chip-plant.pdf",
         "manifest.json"])


def test_build_without_article_builds_the_sample(capsys, tmp_path):
    status, out, _ = run(capsys, "build", "-o", str(tmp_path))
    assert status == 0
    paths = out.split()
    assert len(paths) == 2 and paths[0].endswith(".pptx") and paths[1].endswith(".pdf")


def test_pinned_date_gives_identical_bytes(capsys, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        assert run(capsys, "build", str(SAMPLE), "-o", str(folder), "--date", "2026-11-25")[0] == 0
    outputs = [p for p in first.iterdir() if p.name != "manifest.json"]  # it records build times
    assert len(outputs) == 2
    for produced in outputs:
        assert produced.read_bytes() == (second / produced.name).read_bytes(), produced.name


@pytest.mark.parametrize("content,message", [
    (None, "no such file"),
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text file"),
    (b"Key Takeaways\n- only a list\n", "no headline"),
])
def test_bad_input_exits_2_and_writes_nothing(capsys, tmp_path, content, message):
    article = tmp_path / "article.txt"
    if content is not None:
        article.write_bytes(content)
    out_dir = tmp_path / "out"
    status, _, err = run(capsys, "build", str(article), "-o", str(out_dir))
    assert status == 2
    assert str(article) in err and message in err and "Traceback" not in err
    assert not out_dir.exists()  # nothing written, not even the folder


def test_one_bad_article_does_not_stop_the_others(capsys, tmp_path):
    status, out, err = run(capsys, "build", str(tmp_path / "missing.txt"), str(SAMPLE), "-o", str(tmp_path / "out"))
    assert status == 2 and "missing.txt: no such file" in err
    assert len(out.split()) == 2


def test_bad_theme_is_named(capsys, tmp_path):
    theme = tmp_path / "theme.json"
    theme.write_text('{"colors": {"primary": "navy"}}')
    status, _, err = run(capsys, "build", str(SAMPLE), "-o", str(tmp_path), "--theme", str(theme))
    assert status == 2 and "theme.json" in err and "colors.primary" in err


def test_bad_date_is_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["build", "--date", "25/11/2026"])
    assert exit_info.value.code == 2


def test_standard_input_and_module_entry_point(tmp_path):
    """A real process: `python -m briefing inspect -` reads stdin and prints no traceback."""
    text = SAMPLE.read_text(encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "briefing", "inspect", "-", "--json"], input=text.encode(),
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["title"].startswith("Innotron")
    bad = subprocess.run([sys.executable, "-m", "briefing", "inspect", str(tmp_path / "nope.txt")],
                         capture_output=True, timeout=120)
    assert bad.returncode == 2 and b"Traceback" not in bad.stderr and b"no such file" in bad.stderr


def test_build_reads_standard_input(tmp_path):
    done = subprocess.run([sys.executable, "-m", "briefing", "build", "-", "-o", str(tmp_path), "--json"],
                          input=SAMPLE.read_bytes(), capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    (entry,) = json.loads(done.stdout)
    assert entry["source"] == "<stdin>" and entry["deck"].endswith(".pptx")


def test_source_date_epoch_pins_the_date(tmp_path, monkeypatch):
    import datetime

    from briefing.api import resolve_build_date

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764028800")  # 2025-11-25 00:00 UTC
    assert resolve_build_date() == datetime.date(2025, 11, 25)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(Exception, match="SOURCE_DATE_EPOCH"):
        resolve_build_date()


def test_template_and_editable_charts(capsys, tmp_path):
    from pptx import Presentation

    template = SAMPLE.parent / "templates" / "corporate.pptx"
    status, out, err = run(capsys, "build", str(SAMPLE), "-o", str(tmp_path), "--template", str(template),
                           "--editable-charts", "--json")
    assert status == 0, err
    deck = Presentation(json.loads(out)[0]["deck"])
    assert any(shape.has_chart for slide in deck.slides for shape in slide.shapes)
    assert {slide.slide_layout.name for slide in deck.slides} <= {layout.name for layout in Presentation(template).slide_layouts}


@pytest.mark.parametrize("content,message", [(None, "cannot read the template"), (b"not a zip", "template")])
def test_bad_template_is_one_clear_error(capsys, tmp_path, content, message):
    template = tmp_path / "corporate.pptx"
    if content is not None:
        template.write_bytes(content)
    status, out, err = run(capsys, "build", str(SAMPLE), str(SAMPLE), "-o", str(tmp_path / "out"),
                           "--template", str(template))
    assert status == 2 and out == ""
    assert err.count("corporate.pptx") == 1 and message in err and "Traceback" not in err
