"""Batch builds: many articles, every core, a manifest and a summary.

Takes article sources (files, folders, glob patterns) and an output folder; returns one
:class:`ArticleResult` per article and writes ``manifest.json`` beside the outputs. Articles are
rendered in worker processes (each pays for its library imports once, by forking a parent that
already has them); the parent alone writes files, so names stay unique and every write is atomic.
One failing article never stops the others.
"""

from __future__ import annotations

import enum
import glob
import hashlib
import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from briefing.api import (
    BuildOptions,
    RenderedArticle,
    render_article,
    resolve_build_date,
    write_outputs,
)
from briefing.deliver.output import ANONYMOUS_SOURCES, check_out_dir, write_atomic
from briefing.errors import InputError, OutputError
from briefing.model.serialize import to_json
from briefing.read import ARTICLE_SUFFIXES
from briefing.theme import load_theme

MANIFEST_NAME = "manifest.json"


class BuildStatus(enum.StrEnum):
    """What became of one article of a build."""

    BUILT = "built"
    BAD_INPUT = "bad-input"  # the article (or an option) is unusable: exit status 2
    FAILED = "failed"  # something unexpected, or the outputs could not be written: exit status 1


#: What a worker hands back: the rendered article (None when it failed), the status, the error
#: message and the seconds it took.
Outcome = tuple["RenderedArticle | None", BuildStatus, str, float]


@dataclass(frozen=True)
class ArticleResult:
    """What became of one article: its status, its outputs and their SHA-256, figure count,
    warnings, the error message when it failed, and the seconds it took."""

    source: str
    status: BuildStatus
    deck: Path | None = None
    memo: Path | None = None
    deck_sha256: str | None = None
    memo_sha256: str | None = None
    figures: int = 0
    warnings: tuple[str, ...] = field(default=())
    error: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == BuildStatus.BUILT


def collect_sources(items: Iterable[str]) -> list[str]:
    """Article files named by paths, folders (their article files, sorted) and glob patterns.

    A name that matches nothing is kept, so that the build reports it as a missing file.
    """
    found: list[str] = []
    for item in items:
        if item == "-":
            found.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            # A batch's own manifest.json is not an article, even when the output folder is the input one.
            # Hidden files (".notes.txt", editors' swap files) are not articles either.
            found += sorted(str(p) for p in path.iterdir()
                            if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and p.name != MANIFEST_NAME
                            and not p.name.startswith("."))
        elif not path.exists() and glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f"{item}: no file matches this pattern")
            found += matches
        else:
            found.append(item)
    return list(dict.fromkeys(found))


def _render_one(source: str, options: BuildOptions) -> Outcome:
    """Worker: render one article; ``(rendered, status, message, seconds)``, never raises."""
    started = time.perf_counter()
    try:
        rendered = render_article(sys.stdin.buffer if source == "-" else source, options)
        return rendered, BuildStatus.BUILT, "", time.perf_counter() - started
    except InputError as exc:
        return None, BuildStatus.BAD_INPUT, str(exc), time.perf_counter() - started
    except Exception as exc:  # noqa: BLE001 - reported per article; the batch goes on
        return None, BuildStatus.FAILED, f"{source}: unexpected error: {exc.__class__.__name__}: {exc}", time.perf_counter() - started


def _finish(source: str, outcome: Outcome, out_dir: Path,
            taken: set[str], owners: Mapping[str, str]) -> ArticleResult:
    rendered, status, message, seconds = outcome
    if rendered is None:
        return ArticleResult(source, status, error=message, seconds=round(seconds, 3))
    try:
        deck, memo = write_outputs(rendered, out_dir, taken, owners)
    except OutputError as exc:  # a full disk: this article failed, and the batch says so
        return ArticleResult(rendered.briefing.article.source, BuildStatus.FAILED, error=str(exc), seconds=round(seconds, 3))
    return ArticleResult(
        source=rendered.briefing.article.source, status=BuildStatus.BUILT, deck=deck, memo=memo,
        deck_sha256=hashlib.sha256(rendered.deck).hexdigest(), memo_sha256=hashlib.sha256(rendered.memo).hexdigest(),
        figures=len(rendered.briefing.figures), warnings=rendered.warnings, seconds=round(seconds, 3),
    )


def _pool(jobs: int) -> ProcessPoolExecutor:
    # fork shares the parent's imported libraries with the workers at no cost; elsewhere the
    # platform's default start method is used.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context)


def build_many(sources: Sequence[str] | str | os.PathLike[str], out_dir: str | os.PathLike[str] = "output", jobs: int | None = None,
               options: BuildOptions | None = None,
               on_result: Callable[[ArticleResult], None] | None = None) -> list[ArticleResult]:
    """Build every article in ``sources`` into ``out_dir`` on ``jobs`` processes (default: all cores).

    Returns the results in the order of ``sources``; ``on_result`` is called as each one finishes
    (for progress display). Writes ``out_dir/manifest.json`` when at least one article was built.
    """
    if isinstance(sources, (str, os.PathLike)):  # one path given where a list was meant
        sources = [os.fspath(sources)]
    options = options or BuildOptions()
    # Settle the date and theme once, so every worker prints the same date and a bad theme fails fast.
    options = BuildOptions(**{**asdict(options), "build_date": resolve_build_date(options.build_date)})
    load_theme(options.theme)
    if options.template is not None:
        from briefing.render.deck.template import open_canvas

        open_canvas(os.fspath(options.template))  # a broken template is one error, not one per article
    folder = check_out_dir(out_dir)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(sources) or 1))
    taken: set[str] = set()
    owners = {Path(entry["deck"]).stem: str(entry.get("source")) for entry in _read_manifest(folder / MANIFEST_NAME)
              if entry.get("deck")}
    results: dict[int, ArticleResult] = {}
    waiting: dict[int, Outcome] = {}

    def done(index: int, outcome: Outcome) -> None:
        # Outputs are written in the order of ``sources``, whatever order the workers finish in, so
        # two articles with one headline get the same names ("-2" for the later one) on every run.
        waiting[index] = outcome
        while len(results) in waiting:
            next_index = len(results)
            results[next_index] = _finish(sources[next_index], waiting.pop(next_index), folder, taken, owners)
            if on_result:
                on_result(results[next_index])

    if jobs == 1 or "-" in sources:
        for index, source in enumerate(sources):
            done(index, _render_one(source, options))
    else:
        _warm_up()
        with _pool(jobs) as pool:
            futures: dict[Future[Outcome], int] = {pool.submit(_render_one, s, options): i for i, s in enumerate(sources)}
            pending = set(futures)
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in sorted(finished, key=futures.__getitem__):
                    done(futures[future], future.result())
    ordered = [results[i] for i in range(len(sources))]
    if any(r.ok for r in ordered):  # bad input alone writes nothing, not even a manifest
        write_manifest(folder, ordered, options)
    return ordered


def _warm_up() -> None:
    """Import the renderers before forking, so workers start with them loaded."""
    import briefing.extract.figures
    import briefing.render.charts.draw
    import briefing.render.deck.writer
    import briefing.render.memo.writer  # noqa: F401


def write_manifest(folder: Path, results: Sequence[ArticleResult], options: BuildOptions) -> Path:
    """Update ``manifest.json``: for every article its source, outputs, SHA-256, figures, warnings, time.

    The folder's existing manifest is merged, not replaced: an entry for the same source or the same
    output is replaced by this build's, the others are kept, so building one article into a batch's
    folder leaves the batch's record whole.
    """
    path = folder / MANIFEST_NAME
    # Outputs are named relative to the manifest's own folder, whatever folder the build ran from.
    fresh = [{**entry, **{k: Path(str(entry[k])).name for k in ("deck", "memo") if entry.get(k)}}
             for entry in map(to_json, results) if isinstance(entry, dict)]
    kept = [entry for entry in _read_manifest(path) if not any(_same_article(entry, new) for new in fresh)]
    articles = [*kept, *fresh]
    data = {
        "build_date": str(options.build_date) if options.build_date else None,
        "built": sum(a.get("status") == BuildStatus.BUILT for a in articles),
        "failed": sum(a.get("status") != BuildStatus.BUILT for a in articles),
        "articles": articles,
    }
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return write_atomic(path, text.encode("utf-8"))


def _read_manifest(path: Path) -> list[dict[str, Any]]:
    """The articles of an existing manifest; none when there is none or it is not one of ours."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    articles = data.get("articles") if isinstance(data, dict) else None
    return [a for a in articles if isinstance(a, dict)] if isinstance(articles, list) else []


def _same_article(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether a manifest entry is superseded by a new one: same source, or same deck or memo file."""
    if old.get("source") == new["source"] and new["source"] not in ANONYMOUS_SOURCES:
        return True
    return any(new[key] and old.get(key) and Path(old[key]).name == new[key] for key in ("deck", "memo"))
