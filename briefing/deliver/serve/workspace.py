"""The workspace: one folder per briefing under the root, each with a JSON record of how it was built.

A folder holds the article as it was given (``article.txt``, ``.md``, ...), its corrections
(``data.yaml``, the ``--data`` format), the outputs under the names ``briefing build`` gives them
(``<slug>.pptx``, ``<slug>.pdf``, and ``<slug>.eml`` once a message is composed), ``briefing.json``
(what ``briefing inspect ARTICLE --data data.yaml --json`` prints), ``extracted.json`` (the figures
before any correction) and ``record.json`` (a :class:`Record`). Everything is on disk, so the
workspace survives restarts. :class:`Workspace` maps ids to folders; an id is checked against a
strict pattern before it comes near the file system, so no id can name anything outside the root.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.deliver.output import write_atomic
from briefing.model.formatting import slugify
from briefing.model.serialize import JSON, to_json

RECORD = "record.json"
BRIEFING = "briefing.json"
EXTRACTED = "extracted.json"
DATA = "data.yaml"
#: Lower-case letters, digits and inner hyphens: no dot, slash or backslash can ever be part of an id.
ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
_STAGING_PREFIX = ".new-"


class UnknownBriefing(LookupError):
    """No briefing has this id (or the id is not one the workspace could have made)."""


@dataclass(frozen=True)
class BriefingOptions:
    """The build options a client chose, by allow-list name; ``date`` is always pinned."""

    date: datetime.date
    theme: str = "default"
    template: str = "none"
    paper: str | None = None
    editable_charts: bool = False


@dataclass(frozen=True)
class Recipients:
    """Whom the memo's message goes to, kept so the ``.eml`` is composed again after each rebuild."""

    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    sender: str | None = None
    attach_deck: bool = False


@dataclass(frozen=True)
class Record:
    """How one briefing was built and what it produced (file names are relative to its folder)."""

    id: str
    title: str
    created: str
    updated: str
    article: str
    options: BriefingOptions
    input_format: str | None = None
    deck: str = ""
    memo: str = ""
    eml: str = ""
    figures: int = 0
    warnings: tuple[str, ...] = ()
    build_seconds: float = 0.0
    deck_sha256: str = ""
    memo_sha256: str = ""
    command: str = ""
    recipients: Recipients | None = field(default=None)

    @property
    def stem(self) -> str:
        """The outputs' file name without suffix (``slugify`` of the headline)."""
        return Path(self.deck).stem if self.deck else slugify(self.title)


def now_iso() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def record_from_json(data: dict[str, Any]) -> Record:
    """A :class:`Record` from ``record.json``'s data (as :func:`to_json` wrote it)."""
    options = dict(data["options"])
    options["date"] = datetime.date.fromisoformat(options["date"])
    recipients = data.get("recipients")
    fields = {**data, "options": BriefingOptions(**options), "warnings": tuple(data.get("warnings", ())),
              "recipients": None if recipients is None else Recipients(
                  tuple(recipients["to"]), tuple(recipients.get("cc", ())), recipients.get("sender"),
                  bool(recipients.get("attach_deck", False)))}
    return Record(**fields)


def record_to_json(record: Record) -> dict[str, JSON]:
    """``record.json``'s data: the record's fields, the date as ``YYYY-MM-DD``."""
    data = {f.name: to_json(getattr(record, f.name)) for f in dataclasses.fields(record) if f.name != "options"}
    options = record.options
    data["options"] = {"date": options.date.isoformat(), "theme": options.theme, "template": options.template,
                       "paper": options.paper, "editable_charts": options.editable_charts}
    return data


class Workspace:
    """The folders under ``root``, by id. Reads are plain file reads; callers serialise writes."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, briefing_id: str) -> Path:
        """The folder of ``briefing_id``; :class:`UnknownBriefing` when the id is malformed or unknown."""
        if not ID_PATTERN.match(briefing_id):
            raise UnknownBriefing(briefing_id)
        folder = self.root / briefing_id
        # A symlink planted in the workspace could point anywhere: only real folders are briefings.
        if folder.is_symlink() or not (folder / RECORD).is_file():
            raise UnknownBriefing(briefing_id)
        return folder

    def record(self, briefing_id: str) -> Record:
        data = json.loads((self.folder(briefing_id) / RECORD).read_text(encoding="utf-8"))
        return record_from_json(data)

    def read_json(self, briefing_id: str, name: str) -> Any:
        """``briefing.json`` or ``extracted.json`` of a briefing, decoded."""
        return json.loads((self.folder(briefing_id) / name).read_text(encoding="utf-8"))

    def file(self, briefing_id: str, name: str) -> Path:
        """A file of the briefing's folder by its plain name; :class:`UnknownBriefing` when missing."""
        path = self.folder(briefing_id) / name
        if not name or "/" in name or name.startswith(".") or not path.is_file():
            raise UnknownBriefing(f"{briefing_id}/{name}")
        return path

    def records(self) -> list[Record]:
        """Every briefing's record, the most recently changed first; unreadable folders are skipped."""
        found: list[Record] = []
        if not self.root.is_dir():
            return found
        for folder in self.root.iterdir():
            if ID_PATTERN.match(folder.name) and (folder / RECORD).is_file() and not folder.is_symlink():
                try:
                    found.append(self.record(folder.name))
                except (OSError, ValueError, KeyError, TypeError):
                    continue  # a half-copied or hand-edited folder must not break the listing
        return sorted(found, key=lambda r: (r.updated, r.id), reverse=True)

    def write_record(self, folder: Path, record: Record) -> None:
        text = json.dumps(record_to_json(record), indent=2, ensure_ascii=False) + "\n"
        write_atomic(folder / RECORD, text.encode("utf-8"))

    def staging(self) -> Path:
        """A new, hidden folder to build a briefing in before it is published under its id."""
        self.root.mkdir(parents=True, exist_ok=True)
        folder = self.root / f"{_STAGING_PREFIX}{secrets.token_hex(8)}"
        folder.mkdir()
        return folder

    def new_id(self, title: str) -> str:
        """An id for a new briefing: the headline's slug and a random suffix, unused so far."""
        stem = re.sub(r"[^a-z0-9-]+", "-", slugify(title).lower()).strip("-")[:60].strip("-") or "briefing"
        while True:
            candidate = f"{stem}-{secrets.token_hex(3)}"
            if not (self.root / candidate).exists():
                return candidate

    def publish(self, staging: Path, briefing_id: str) -> Path:
        """Move a built staging folder to its id: one rename, so nobody sees a half-built briefing."""
        target = self.root / briefing_id
        staging.rename(target)
        return target

    def delete(self, briefing_id: str) -> None:
        shutil.rmtree(self.folder(briefing_id))
