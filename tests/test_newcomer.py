"""What a newcomer meets first: installs, options, messages and files that behave like a finished tool.

One test per rough edge found by trying the tool as a new user would (issue "Installs and behaves
like a finished tool"); each failed before its fix.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE

import briefing.deliver.mail as mail
from briefing.cli import main
from briefing.errors import InputError


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# ------------------------------------------------------------------ themes and templates


def test_a_theme_whose_font_is_not_a_font_names_the_field(capsys, tmp_path):
    theme = json.loads((REPO / "assets" / "theme.json").read_text(encoding="utf-8"))
    (tmp_path / "broken.ttf").write_text("this is not a font")
    theme["fonts"]["bold"] = "broken.ttf"
    path = tmp_path / "theme.json"
    path.write_text(json.dumps(theme), encoding="utf-8")
    status, _, err = run(capsys, "build", str(SAMPLE), "-o", str(tmp_path / "out"), "--theme", str(path))
    assert status == 2, err
    assert "theme.json" in err and "fonts.bold" in err and "not a TrueType" in err
    assert "unexpected" not in err and "sample-article" not in err


@pytest.mark.parametrize("name, content", [
    ("letter.docx", "docx"),
    ("broken.pptx", b"PK\x03\x04 a truncated zip"),
    ("empty-zip.pptx", "empty-zip"),
])
def test_a_template_that_is_not_a_presentation_gets_a_plain_message(capsys, tmp_path, name, content):
    import zipfile

    path = tmp_path / name
    if content == "docx":  # a real Word package: a zip with [Content_Types].xml and word/document.xml
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                       'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                       'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                       'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                       'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
            z.writestr("word/document.xml", "<w:document xmlns:w='urn:w'/>")
    elif content == "empty-zip":
        zipfile.ZipFile(path, "w").close()
    else:
        path.write_bytes(content)
    status, out, err = run(capsys, "build", str(SAMPLE), "-o", str(tmp_path / "out"), "--template", str(path))
    assert status == 2 and out == ""
    assert name in err and "PowerPoint" in err
    for internal in ("lxml", "_Element", "attribute", "KeyError", "zipfile", "Traceback"):
        assert internal not in err, err


def test_the_bundled_template_can_be_named_by_its_short_name(capsys, tmp_path):
    status, out, err = run(capsys, "build", str(SAMPLE), "-o", str(tmp_path), "--template", "corporate", "--json")
    assert status == 0, err
    from pptx import Presentation

    deck = Presentation(json.loads(out)[0]["deck"])
    assert "Corporate" in " ".join(layout.name for layout in deck.slide_layouts) or len(deck.slides) > 3


def test_an_unknown_short_template_name_lists_the_bundled_ones(capsys, tmp_path):
    status, _, err = run(capsys, "build", str(SAMPLE), "-o", str(tmp_path), "--template", "corprate")
    assert status == 2 and "corprate" in err and "corporate" in err


# ------------------------------------------------------------------ reproducible bytes


def _memo_bytes(tmp_path: Path, name: str, *args: str, env: dict[str, str] | None = None) -> bytes:
    out = tmp_path / name
    environment = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    environment.update(env or {})
    done = subprocess.run([sys.executable, "-m", "briefing", "build", str(SAMPLE), "-o", str(out), "-q", *args],
                          capture_output=True, env=environment, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    (memo,) = out.glob("*.pdf")
    return memo.read_bytes()


def test_epochs_and_dates_of_the_same_day_give_the_same_memo(tmp_path):
    """The PDF /ID comes from the content and the build date, not from reportlab reading the clock."""
    by_date = _memo_bytes(tmp_path, "date", "--date", "2026-11-25")
    midnight = _memo_bytes(tmp_path, "midnight", env={"SOURCE_DATE_EPOCH": "1795564800"})  # 2026-11-25 00:00 UTC
    evening = _memo_bytes(tmp_path, "evening", env={"SOURCE_DATE_EPOCH": "1795636000"})  # 2026-11-25 19:46 UTC
    overridden = _memo_bytes(tmp_path, "overridden", "--date", "2026-11-25", env={"SOURCE_DATE_EPOCH": "1000000000"})
    assert by_date == midnight == evening == overridden


# ------------------------------------------------------------------ the manifest


def test_a_single_build_updates_the_batch_manifest(capsys, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("one", "two"):
        (folder / f"{name}.txt").write_text(f"{name.title()} Corp doubles profit\n\n{name.title()} Corp said profit rose "
                                            "12% to $40m in 2026.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run(capsys, "build", str(folder), "-o", str(out), "-q", "--date", "2026-11-25")[0] == 0
    assert run(capsys, "build", str(SAMPLE), "-o", str(out), "-q", "--date", "2026-11-25")[0] == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    sources = sorted(Path(a["source"]).name for a in manifest["articles"])
    assert sources == ["one.txt", "sample-article.txt", "two.txt"]
    assert manifest["built"] == 3 and manifest["failed"] == 0
    # Building the same article again replaces its entry rather than adding a second one.
    assert run(capsys, "build", str(folder / "one.txt"), "-o", str(out), "-q", "--date", "2026-11-25")[0] == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["articles"]) == 3


# ------------------------------------------------------------------ options and messages


def test_max_size_below_a_megabyte_prints_sensible_numbers(capsys, tmp_path):
    status, _, err = run(capsys, "build", str(SAMPLE), "-o", str(tmp_path), "--max-size", "0.001")
    assert status == 2
    assert "2.6 KB is larger than the 1.0 KB limit" in err, err


def test_inspect_into_a_closed_pipe_exits_quietly():
    done = subprocess.run(f"{sys.executable} -m briefing inspect {SAMPLE} --json | head -2", shell=True,
                          capture_output=True, timeout=120, executable="/bin/bash")
    assert done.stdout.decode().count("\n") == 2
    assert done.stderr == b"", done.stderr.decode()
    pipefail = subprocess.run(f"set -o pipefail; {sys.executable} -m briefing inspect {SAMPLE} --json | head -c 10 "
                              ">/dev/null", shell=True, capture_output=True, timeout=120, executable="/bin/bash")
    assert pipefail.returncode == 0 and pipefail.stderr == b""


@pytest.mark.parametrize("text, why", [
    ("ana@", "no domain"),
    ("@example.com", "no name before the @"),
    ("Ana <ana@example.com", "unclosed"),
    ("ana@example.com>", "unclosed"),
])
def test_bad_addresses_say_what_is_wrong(text, why):
    with pytest.raises(InputError, match=why):
        mail.parse_address(text, "--to")


def test_a_stray_control_byte_is_dropped_with_a_warning(capsys, tmp_path):
    article = tmp_path / "stray.txt"
    article.write_bytes(SAMPLE.read_bytes().replace(b"Innotron", b"Inno\x00tron", 1).replace(b"plant", b"pl\x07ant", 1)
                        .replace(b"Shanghai", b"Shang\x1bhai", 1))
    status, out, err = run(capsys, "build", str(article), "-o", str(tmp_path / "out"), "--json")
    assert status == 0, err
    assert "3 characters" in err and "dropped" in err


@pytest.mark.parametrize("data", [
    b"\x00" * 400 + b"Headline\nSome text.\n",
    "Headline\nSome text in UTF-16 without a byte order mark.\n".encode("utf-16-le"),
    b"\x7fELF\x02\x01\x01" + b"\x00" * 40,
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\nHeadline\n",
])
def test_binary_files_stay_refused(capsys, tmp_path, data):
    article = tmp_path / "thing.txt"
    article.write_bytes(data)
    status, _, err = run(capsys, "build", str(article), "-o", str(tmp_path / "out"))
    assert status == 2 and "not a text file" in err


def test_a_folder_builds_every_format_the_reader_accepts(capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    body = "Acme lifts profit\n\nAcme said profit rose 12% to $40m in 2026.\n"
    (folder / "a.markdown").write_text("# Acme lifts profit\n\nAcme said profit rose 12% to $40m in 2026.\n")
    (folder / "b.htm").write_text("<html><body><h1>Acme lifts profit</h1><p>Acme said profit rose 12% to $40m."
                                  "</p></body></html>")
    (folder / "c.json").write_text(json.dumps({"title": "Acme lifts profit", "lead": "Acme said profit rose 12%."}))
    (folder / "d.yaml").write_text("title: Acme lifts profit\nlead: Acme said profit rose 12%.\n")
    (folder / "e.yml").write_text("title: Acme lifts profit\nlead: Acme said profit rose 12%.\n")
    (folder / "f.txt").write_text(body)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    status, out, err = run(capsys, "build", str(folder), "-o", str(tmp_path / "out"), "--json", "-q")
    assert status == 0, err
    assert sorted(Path(e["source"]).name for e in json.loads(out)) == ["a.markdown", "b.htm", "c.json", "d.yaml",
                                                                       "e.yml", "f.txt"]


def test_an_empty_folder_lists_every_accepted_suffix(capsys, tmp_path):
    status, _, err = run(capsys, "build", str(tmp_path), "-o", str(tmp_path / "out"))
    assert status == 2
    for suffix in (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".yaml", ".yml"):
        assert suffix in err


def test_paper_is_case_insensitive_as_in_the_theme(capsys, tmp_path):
    status, out, err = run(capsys, "build", str(SAMPLE), "-o", str(tmp_path), "--paper", "letter", "--json")
    assert status == 0, err
    from pypdf import PdfReader

    page = PdfReader(json.loads(out)[0]["memo"]).pages[0]
    assert round(float(page.mediabox.width)) == 612


def test_build_json_lists_failed_articles_with_their_error(capsys, tmp_path):
    status, out, err = run(capsys, "build", str(SAMPLE), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"),
                           "--json", "-q")
    assert status == 2
    built, failed = json.loads(out)
    assert built["status"] == "built" and built["deck"].endswith(".pptx") and built["error"] is None
    assert failed["status"] == "bad-input" and failed["deck"] is None and "no such file" in failed["error"]


def test_email_takes_the_build_options(capsys, tmp_path):
    status, out, err = run(capsys, "email", str(SAMPLE), "--to", "ana@example.com", "-o", str(tmp_path),
                           "--paper", "Letter", "--template", "corporate", "--max-size", "1",
                           "--input-format", "text", "--date", "2026-11-25")
    assert status == 0, err
    from pypdf import PdfReader

    (memo,) = tmp_path.glob("*.pdf")
    assert round(float(PdfReader(memo).pages[0].mediabox.width)) == 612
    assert out.strip().endswith(".eml")


def test_help_explains_exit_statuses_and_the_manifest(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    top = capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    build = capsys.readouterr().out
    for text in (top, build):
        assert "exit status" in text.lower() and "0" in text and "2" in text
    assert "manifest.json" in build


# ------------------------------------------------------------------ a full disk


def test_a_full_disk_leaves_no_half_set_and_names_the_folder(capsys, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run(capsys, "build", str(SAMPLE), "-o", str(out), "-q", "--date", "2026-11-24")[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_write = os.write

    def full(fd, data):  # the memo's temporary file finds the disk full
        name = os.readlink(f"/proc/self/fd/{fd}")
        if ".pdf." in name and name.endswith(".part"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    status, _, err = run(capsys, "build", str(SAMPLE), "-o", str(out), "-q", "--date", "2026-11-25")
    assert status == 1
    assert str(out) in err and "No space left on device" in err and "unexpected" not in err
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after == before  # neither the deck nor the memo replaced, no temporary file left


# ------------------------------------------------------------------ bundled files


def test_every_bundled_asset_loads_from_an_installed_wheel(tmp_path):
    """Build the wheel, install it into a folder of its own and load every asset from another folder."""
    wheel_dir, site = tmp_path / "wheel", tmp_path / "site"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(REPO)],
                           capture_output=True, timeout=300)
    if built.returncode != 0 and b"No matching distribution" in built.stderr:
        pytest.skip("setuptools cannot be fetched to build the wheel")
    assert built.returncode == 0, built.stderr.decode()
    (wheel,) = wheel_dir.glob("briefing-*.whl")
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site),
                                str(wheel)], capture_output=True, timeout=300)
    assert installed.returncode == 0, installed.stderr.decode()
    script = f"""
import json, briefing, briefing.bundled as b
from briefing.theme import load_theme
from briefing.render.fonts import metrics_for
from briefing.render.deck.template import open_canvas
from briefing.api import build_briefing, BuildOptions
import datetime
assert briefing.__file__.startswith({str(site)!r}), briefing.__file__
theme = load_theme()
m = metrics_for(theme.fonts)
for role in ("regular", "bold", "italic", "cjk"):
    m.font(role)
open_canvas(b.template_path("corporate"))
for name in ("fonts/LICENSE-LiberationSans.txt", "fonts/LICENSE-DroidSansFallback.txt", "fonts/Apache-2.0.txt",
             "README.md", "fonts/README.md"):
    assert b.bundled(name).is_file(), name
from importlib import resources
import briefing.deliver.mail, briefing.deliver.verify
serve = resources.files("briefing.deliver.serve")  # the workspace's pages and their script and styles
for name in ("templates/base.html", "templates/review.html", "static/app.js", "static/app.css"):
    assert (serve / name).is_file(), name
result = build_briefing(b.sample_article_path(), "out", BuildOptions(build_date=datetime.date(2026, 11, 25)))
print(json.dumps({{"theme": theme.source, "deck": str(result.deck)}}))
"""
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    report = json.loads(done.stdout)
    assert report["theme"].startswith(str(site)) and (tmp_path / report["deck"]).is_file()
    licences = [p.name for p in site.glob("briefing-*.dist-info/licenses/**/*") if p.is_file()]
    assert {"LICENSE", "LICENSE-LiberationSans.txt", "LICENSE-DroidSansFallback.txt"} <= set(licences)


def test_rebuilding_one_article_of_a_batch_keeps_its_own_names(capsys, tmp_path):
    """Two articles with one headline: the second built gets "-2". Building the second alone later
    must replace its own "-2" files, not the first article's."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, growth in (("a.txt", 12), ("b.md", 30)):
        (folder / name).write_text(f"Acme lifts profit\n\nAcme said profit rose {growth}% in 2026.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run(capsys, "build", str(folder), "-o", str(out), "-q", "--date", "2026-11-25")[0] == 0
    first = {p.name: p.read_bytes() for p in out.glob("acme-lifts-profit.*")}
    status, printed, _ = run(capsys, "build", str(folder / "b.md"), "-o", str(out), "-q", "--date", "2026-11-25")
    assert status == 0 and "acme-lifts-profit-2.pptx" in printed
    assert {p.name: p.read_bytes() for p in out.glob("acme-lifts-profit.*")} == first
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted((Path(a["source"]).name, a["deck"]) for a in manifest["articles"]) == [
        ("a.txt", "acme-lifts-profit.pptx"), ("b.md", "acme-lifts-profit-2.pptx")]
    # An article the manifest does not know never takes a name another article owns.
    (tmp_path / "c.txt").write_text("Acme lifts profit\n\nAcme said profit rose 1% in 2026.\n", encoding="utf-8")
    status, printed, _ = run(capsys, "build", str(tmp_path / "c.txt"), "-o", str(out), "-q", "--date", "2026-11-25")
    assert "acme-lifts-profit-3.pptx" in printed


def test_a_saved_page_in_its_declared_charset_is_read(capsys, tmp_path):
    page = tmp_path / "cp1252.html"
    page.write_bytes('<html><head><meta charset="windows-1252"><title>x</title></head><body><h1>Café chain '
                     'grows</h1><p>The café chain said sales rose 5% to €40m.</p></body></html>'.encode("cp1252"))
    status, out, err = run(capsys, "inspect", str(page), "--json")
    assert status == 0, err
    data = json.loads(out)
    assert data["title"] == "Café chain grows" and [f["quote"] for f in data["figures"]] == ["5%", "€40m"]
    liar = tmp_path / "liar.html"
    liar.write_bytes(b'<meta charset="utf-16"><p>caf\xe9</p>')
    status, _, err = run(capsys, "inspect", str(liar))
    assert status == 2 and "liar.html" in err


@pytest.mark.parametrize("theme, message", [
    ({"colors": {"primery": "#112233"}}, "unknown field 'colors.primery'"),
    ({"colour": {}}, "unknown field 'colour'"),
    ({"memo": {"body_pt": "large"}}, "field 'memo.body_pt' must be a number, not 'large'"),
    ({"memo": 12}, "field 'memo' must be a group of fields"),
])
def test_theme_mistakes_are_named(capsys, tmp_path, theme, message):
    path = tmp_path / "theme.json"
    path.write_text(json.dumps(theme), encoding="utf-8")
    status, _, err = run(capsys, "build", str(SAMPLE), "-o", str(tmp_path / "out"), "--theme", str(path))
    assert status == 2 and message in err, err


def test_a_theme_names_only_what_it_changes(capsys, tmp_path):
    path = tmp_path / "brand.json"
    path.write_text('{"organisation": "Northwind Research", "colors": {"primary": "#003366"}}', encoding="utf-8")
    from briefing.theme import load_theme

    theme, bundled = load_theme(path), load_theme()
    assert theme.organisation == "Northwind Research" and theme.colours.primary == "#003366"
    assert theme.colours.accent == bundled.colours.accent and theme.fonts == bundled.fonts
    status, _, err = run(capsys, "build", str(SAMPLE), "-o", str(tmp_path / "out"), "--theme", str(path))
    assert status == 0, err


def test_a_headline_alone_builds_with_a_warning(capsys, tmp_path):
    article = tmp_path / "headline.txt"
    article.write_text("Only a headline here\n", encoding="utf-8")
    status, _, err = run(capsys, "build", str(article), "-o", str(tmp_path / "out"))
    assert status == 0 and "no text beyond its headline" in err


def test_the_api_says_what_it_wants(tmp_path):
    import datetime

    from briefing import BuildOptions, build_briefing
    from briefing.batch import build_many

    assert BuildOptions(build_date="2026-01-01").build_date == datetime.date(2026, 1, 1)
    for bad in ({"build_date": "01/01/2026"}, {"build_date": 20260101}, {"paper": "A5"}, {"input_format": "docx"},
                {"max_bytes": 0}):
        with pytest.raises(InputError, match=next(iter(bad))):
            BuildOptions(**bad)
    with pytest.raises(InputError, match="give text with a line break"):
        build_briefing("Acme Robotics raises $150m", tmp_path)
    (result,) = build_many(str(SAMPLE), tmp_path / "one", jobs=1)  # one path, not its characters
    assert result.ok and result.deck is not None and result.deck.suffix == ".pptx"


def test_folder_builds_skip_hidden_files_and_a_glob_must_match(capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / ".draft.txt").write_text("x\n")
    (folder / "a.txt").write_text("Acme lifts profit\n\nAcme said profit rose 12% in 2026.\n")
    status, out, err = run(capsys, "build", str(folder), "-o", str(tmp_path / "out"), "--json", "-q")
    assert status == 0 and [Path(e["source"]).name for e in json.loads(out)] == ["a.txt"]
    status, _, err = run(capsys, "build", str(folder / "nothing*.txt"), "-o", str(tmp_path / "out"))
    assert status == 2 and "no file matches this pattern" in err


def test_an_unknown_flag_shows_the_commands_own_usage(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["build", "--bogus"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and "usage: briefing build" in err and "--bogus" in err


def test_smtp_options_without_send_are_a_warning(capsys, tmp_path):
    status, _, err = run(capsys, "email", str(SAMPLE), "--to", "ana@example.com", "-o", str(tmp_path),
                         "--smtp-host", "mail.example.com")
    assert status == 0 and "without --send" in err


def test_apostrophes_stay_inside_file_names():
    from briefing.model.formatting import slugify

    assert slugify("High fuel prices hit BA's profits") == "high-fuel-prices-hit-bas-profits"
    assert slugify("Glaxo\u2019s profit falls") == "glaxos-profit-falls"
