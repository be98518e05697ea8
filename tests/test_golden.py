"""Golden files: what every stage says about every input, as text a reviewer reads in a diff.

For each input (the reference and sample articles, the shared corpus, the nasty inputs, the test
data) three files under ``tests/golden/``:

- ``inspect/<name>.json``: ``briefing inspect --json``, byte for byte;
- ``deck/<name>.txt``: the deck plan, slide by slide: every box, its fitted size and planned lines;
- ``memo/<name>.txt``: the memo's blocks in reading order.

Charts are planned but not drawn (the deck plan only needs their size), so the goldens do not move
with matplotlib's rendering. ``pytest tests/test_golden.py --update-goldens`` rewrites them; the
diff then shows what a change does to every output.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from pathlib import Path

import pytest
from conftest import PINNED_DATE, REFERENCE, REPO, SAMPLE, SHARED

from briefing.api import BuildOptions, make_briefing
from briefing.errors import InputError
from briefing.theme import load_theme

GOLDEN = Path(__file__).parent / "golden"
NASTY = Path(__file__).parent / "nasty"
DATA = Path(__file__).parent / "data"


def _inputs() -> list[tuple[str, Path]]:
    found = [("sample", SAMPLE), ("reference", REFERENCE)]
    found += [(f"nasty-{p.stem}", p) for p in sorted(NASTY.glob("*.txt"))]
    found += [(f"data-{p.stem}", p) for p in sorted(DATA.glob("*")) if p.suffix in (".html", ".yaml")
              and "data" not in p.stem]
    found += [(f"corpus-{p.stem}", p) for p in sorted((SHARED / "corpus" / "articles").glob("*.txt"))]
    return found


INPUTS = _inputs()


def _briefing(path: Path):
    if not path.is_file():
        pytest.skip(f"{path} not found (shared/ is not beside this checkout)")
    try:
        return make_briefing(path, BuildOptions())
    except InputError as exc:
        return exc


def dump(obj: object, indent: str = "") -> list[str]:
    """Every field of a plan as indented text, one line for a dataclass of plain values: a stable
    form to diff. Planned lines of text print as ``| line``; bold runs as ``**bold**``."""
    if isinstance(obj, tuple):
        return [line for item in obj for line in dump(item, indent)]
    if not (dataclasses.is_dataclass(obj) and not isinstance(obj, type)):
        return [f"{indent}{_flat(obj)}"]
    name, fields = type(obj).__name__, dataclasses.fields(obj)
    if name == "Paragraph":
        marks = ("bullet " if obj.bullet else "") + ("continued " if obj.continued else "")
        return [f"{indent}Paragraph {marks}" + "".join(f"**{r.text}**" if r.bold else r.text for r in obj.runs)]
    if all(not _nested(getattr(obj, f.name)) for f in fields):
        return [f"{indent}{name}(" + ", ".join(f"{f.name}={_flat(getattr(obj, f.name))}" for f in fields) + ")"]
    lines = [f"{indent}{name}"]
    for field in fields:
        value = getattr(obj, field.name)
        if field.name == "lines":  # FittedText: each paragraph's planned lines
            lines.append(f"{indent}  lines:")
            for paragraph in value:
                lines += [f"{indent}    | " + "".join(piece for piece, _ in line) for line in paragraph]
                lines.append(f"{indent}    +")
        elif _nested(value):
            lines.append(f"{indent}  {field.name}:")
            lines += dump(value, indent + "    ")
        else:
            lines.append(f"{indent}  {field.name}: {_flat(value)}")
    return lines


def _nested(value: object) -> bool:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return True
    return isinstance(value, tuple) and any(_nested(v) or isinstance(v, tuple) for v in value)


def _flat(value: object) -> str:
    if isinstance(value, tuple):
        return "(" + ", ".join(_flat(v) for v in value) + ")"
    if isinstance(value, enum.Enum):
        return repr(value.value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, float):
        return repr(round(value, 6))
    return repr(value)


def _fake_charts(briefing):
    from briefing.render.charts.draw import HEIGHT_IN, WIDTH_IN, RenderedChart

    return [RenderedChart(plan, b"", b"", WIDTH_IN, HEIGHT_IN) for plan in briefing.charts]


def deck_text(briefing) -> str:
    from briefing.render.deck.plan import plan_deck

    plan = plan_deck(briefing, _fake_charts(briefing), load_theme(), build_date=PINNED_DATE)
    return "\n".join(dump(plan)) + "\n"


def memo_text(briefing) -> str:
    from briefing.render.memo.plan import plan_memo

    blocks = plan_memo(briefing, _fake_charts(briefing), load_theme(), PINNED_DATE)
    return "\n".join(dump(blocks)) + "\n"


def inspect_text(briefing) -> str:
    from briefing.model.serialize import briefing_to_json

    return json.dumps(briefing_to_json(briefing), indent=2, ensure_ascii=False) + "\n"


def _check(request, path: Path, text: str) -> None:
    # Paths in messages depend on where the checkout is; the goldens name them relatively.
    text = text.replace(str(SHARED.resolve()), "<shared>").replace(str(REPO), "<repo>")
    if request.config.getoption("--update-goldens"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.is_file(), f"{path.relative_to(REPO)} is missing: run pytest {__file__} --update-goldens"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{path.relative_to(REPO)} differs (pytest --update-goldens rewrites it; read the diff)"


@pytest.mark.parametrize("name, path", INPUTS, ids=[name for name, _ in INPUTS])
def test_golden(request, name, path):
    briefing = _briefing(path)
    if isinstance(briefing, InputError):
        _check(request, GOLDEN / "inspect" / f"{name}.json", json.dumps({"error": str(briefing)}, indent=2) + "\n")
        return
    _check(request, GOLDEN / "inspect" / f"{name}.json", inspect_text(briefing))
    _check(request, GOLDEN / "deck" / f"{name}.txt", deck_text(briefing))
    _check(request, GOLDEN / "memo" / f"{name}.txt", memo_text(briefing))


def test_every_golden_file_has_an_input():
    names = {name for name, _ in INPUTS}
    stale = [p for p in GOLDEN.rglob("*") if p.is_file() and p.stem not in names]
    assert not stale, f"golden files without an input: {stale}"
