"""Builds for the workspace: off the event loop, one at a time, with the libraries imported once.

:class:`Builder` takes the settings and the workspace; its methods create a briefing from an
article's bytes, rebuild one with a new ``data.yaml``, compose (and send) its memo's message, and
delete it, each returning the new :class:`~briefing.deliver.serve.workspace.Record`. They are plain
functions run on one worker thread through :meth:`Builder.run`, so the server stays responsive and
two edits of one briefing never interleave (one thread, too, because the renderers share font
registries and would gain nothing from more threads under the GIL). Every build goes through
:func:`briefing.api.render_article` with the options the record pins, so ``briefing build ARTICLE
--data data.yaml --date D`` in the folder writes the same bytes; only the charts an edit did not
change are taken from a cache (the same plan and theme draw the same bytes).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import shlex
import shutil
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from briefing.api import BuildOptions, BuildResult, make_briefing, render_article
from briefing.bundled import TEMPLATES
from briefing.deliver import mail
from briefing.deliver.output import write_atomic, write_together
from briefing.deliver.serve.settings import Choices, ServeSettings
from briefing.deliver.serve.workspace import (
    BRIEFING,
    DATA,
    EXTRACTED,
    Recipients,
    Record,
    Workspace,
    now_iso,
)
from briefing.errors import InputError
from briefing.model.formatting import slugify
from briefing.model.serialize import briefing_to_json, figure_to_json
from briefing.read.datafile import parse_data
from briefing.theme import Theme, load_theme

if TYPE_CHECKING:
    from briefing.model.types import ChartPlan
    from briefing.render.charts.draw import RenderedChart

T = TypeVar("T")
#: A new briefing's ``data.yaml``: no corrections yet, and the credit its corrections will carry.
EMPTY_DATA = ("# Corrections to the article's figures (the --data format); the workspace writes this file.\n"
              "source: Reviewed in the briefing workspace\n")


class ChartCache:
    """Draws chart plans, keeping the last ``size`` charts by plan and theme (a :data:`~briefing.api.ChartDrawer`)."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._charts: OrderedDict[tuple[ChartPlan, Theme], RenderedChart] = OrderedDict()

    def __call__(self, plans: Sequence[ChartPlan], theme: Theme) -> tuple[RenderedChart, ...]:
        from briefing.render.charts.draw import render_charts

        missing = list(dict.fromkeys(p for p in plans if (p, theme) not in self._charts))
        for chart in render_charts(missing, theme) if missing else ():
            self._charts[(chart.plan, theme)] = chart
        for plan in plans:
            self._charts.move_to_end((plan, theme))
        out = tuple(self._charts[(plan, theme)] for plan in plans)
        while len(self._charts) > self.size:
            self._charts.popitem(last=False)
        return out


class Builder:
    """Creates, rebuilds, mails and deletes briefings of one workspace (see the module docstring)."""

    def __init__(self, settings: ServeSettings, workspace: Workspace) -> None:
        self.settings, self.workspace = settings, workspace
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-build")
        self._charts = ChartCache()
        self._themes: dict[str, Theme] = {}

    async def run(self, job: Callable[..., T], *args: object) -> T:
        """Run ``job(*args)`` on the build thread and wait for it without blocking the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, functools.partial(job, *args))

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def warm_up(self) -> None:
        """Import the renderers and build the bundled sample once in memory: fonts, matplotlib's font
        cache and the theme are loaded before the first request, not during it."""
        from briefing.bundled import sample_article_path

        render_article(sample_article_path(), BuildOptions(), theme=self._theme("default"), draw_charts=self._charts)

    # ------------------------------------------------------------------ jobs (run on the build thread)

    def create(self, article: bytes, suffix: str, input_format: str | None, record: Record) -> Record:
        """Build a new briefing from ``article`` (stored as ``article<suffix>``) with ``record``'s options.

        Nothing is left behind when the article is bad input (:class:`~briefing.errors.InputError`).
        """
        staging = self.workspace.staging()
        try:
            name = f"article{suffix}"
            write_together({staging / name: article, staging / DATA: EMPTY_DATA.encode("utf-8")})
            record = replace(record, article=name, input_format=input_format)
            extracted = make_briefing(staging / name, build_options(self.settings, record, None))
            (staging / EXTRACTED).write_text(json.dumps([figure_to_json(f) for f in extracted.figures],
                                                        indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            record = replace(record, id=self.workspace.new_id(extracted.article.title))
            record = self._build(staging, record)
            self.workspace.publish(staging, record.id)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return record

    def update_data(self, briefing_id: str, text: str) -> Record:
        """Rebuild with ``text`` as the new ``data.yaml``; on :class:`InputError` (a bad data file,
        a correction that names no figure) nothing changes."""
        parse_data(text, DATA)  # a malformed file is refused before any work
        folder = self.workspace.folder(briefing_id)
        return self._build(folder, self.workspace.record(briefing_id), text)

    def compose(self, briefing_id: str, recipients: Recipients) -> tuple[Record, mail.ComposedEmail]:
        """Compose the memo's message to ``recipients`` and write ``<slug>.eml``; the record keeps
        the recipients so later rebuilds compose it again."""
        folder, record = self.workspace.folder(briefing_id), self.workspace.record(briefing_id)
        record = replace(record, recipients=recipients)
        briefing = make_briefing(folder / record.article, build_options(self.settings, record, folder / DATA))
        composed = self._compose(folder, record, BuildResult(record.article, folder / record.deck,
                                                             folder / record.memo, briefing))
        record = replace(record, eml=f"{record.stem}.eml")
        self.workspace.write_record(folder, record)
        return record, composed

    def delete(self, briefing_id: str) -> None:
        self.workspace.delete(briefing_id)

    # ------------------------------------------------------------------ helpers

    def _theme(self, name: str) -> Theme:
        if name not in self._themes:
            self._themes[name] = load_theme(self.settings.choices.theme(name))
        return self._themes[name]

    def _build(self, folder: Path, record: Record, data_text: str | None = None) -> Record:
        """Render with the record's options and write the outputs, ``briefing.json``, the message
        (when there are recipients) and the record; ``data_text`` replaces ``data.yaml`` if it builds."""
        started = time.perf_counter()
        pending = folder / f".pending-{time.monotonic_ns()}"
        try:
            data = folder / DATA
            if data_text is not None:
                pending.mkdir()
                data = pending / DATA  # the same file name: the outputs credit "data file data.yaml"
                data.write_text(data_text, encoding="utf-8")
            rendered = render_article(folder / record.article, build_options(self.settings, record, data),
                                      theme=self._theme(record.options.theme), draw_charts=self._charts)
        finally:
            shutil.rmtree(pending, ignore_errors=True)
        stem = slugify(rendered.briefing.article.title)
        inspected = json.dumps(briefing_to_json(rendered.briefing), indent=2, ensure_ascii=False) + "\n"
        files = {folder / f"{stem}.pptx": rendered.deck, folder / f"{stem}.pdf": rendered.memo,
                 folder / BRIEFING: inspected.encode("utf-8")}
        if data_text is not None:
            files[folder / DATA] = data_text.encode("utf-8")
        write_together(files)
        record = replace(record, title=rendered.briefing.article.title, updated=now_iso(), deck=f"{stem}.pptx",
                         memo=f"{stem}.pdf", figures=len(rendered.briefing.figures), warnings=rendered.warnings,
                         deck_sha256=hashlib.sha256(rendered.deck).hexdigest(),
                         memo_sha256=hashlib.sha256(rendered.memo).hexdigest(),
                         command=build_command(record, self.settings.choices))
        if record.recipients is not None:
            self._compose(folder, record, BuildResult(record.article, folder / record.deck, folder / record.memo,
                                                      rendered.briefing, rendered.warnings))
            record = replace(record, eml=f"{stem}.eml")
        record = replace(record, build_seconds=round(time.perf_counter() - started, 3))
        self.workspace.write_record(folder, record)
        return record

    def _compose(self, folder: Path, record: Record, result: BuildResult) -> mail.ComposedEmail:
        recipients = record.recipients
        assert recipients is not None
        composed = mail.compose_email(result, list(recipients.to), list(recipients.cc), recipients.sender,
                                      attach_deck=recipients.attach_deck, date=mail.pinned_date(record.options.date))
        write_atomic(folder / f"{record.stem}.eml", mail.message_bytes(composed.message))
        return composed


def build_options(settings: ServeSettings, record: Record, data: Path | None) -> BuildOptions:
    """The :class:`BuildOptions` ``record`` pins, with ``data`` as the data file (None: none)."""
    choices, options = settings.choices, record.options
    return BuildOptions(theme=choices.theme(options.theme), template=choices.template(options.template),
                        editable_charts=options.editable_charts, build_date=options.date, paper=options.paper,
                        input_format=record.input_format, max_bytes=settings.max_bytes, data=data)


def build_command(record: Record, choices: Choices) -> str:
    """The ``briefing build`` command that, run in the briefing's folder, writes the same deck and memo."""
    options = record.options
    words = ["briefing", "build", record.article, "--data", DATA, "--date", options.date.isoformat(), "-o", "."]
    if record.input_format:
        words += ["--input-format", record.input_format]
    if options.paper:
        words += ["--paper", options.paper]
    theme, template = choices.theme(options.theme), choices.template(options.template)
    if theme is not None:
        words += ["--theme", str(theme)]
    if template is not None:
        words += ["--template", options.template if options.template in TEMPLATES else str(template)]
    if options.editable_charts:
        words.append("--editable-charts")
    return shlex.join(words)


def send_eml(path: Path, settings: ServeSettings) -> None:
    """Send the ``.eml`` at ``path`` through ``settings``' SMTP server, as ``briefing email --send`` does;
    :class:`~briefing.errors.DeliveryError` when the server does not take it."""
    import email
    import email.policy

    if settings.smtp_host is None:
        raise InputError("sending needs an SMTP server: start briefing serve with --smtp-host")
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    smtp = mail.SmtpEnvironment.from_environ()
    security = mail.check_security(settings.smtp_security, smtp.user)
    mail.send_email(message, host=settings.smtp_host, port=settings.smtp_port, security=security, user=smtp.user,
                    password=smtp.password, ssl_context=smtp.ssl_context())
