"""Writing outputs safely: file names from headlines, and atomic replacement.

Takes a headline (for the name) or finished bytes (for the file); returns paths. A file is written
to a temporary name in its target folder and renamed into place, so an interrupted or failed build
never leaves a truncated file and never replaces a good one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from briefing.errors import InputError, OutputError

#: Sources that name no file: two of them are never the same article.
ANONYMOUS_SOURCES = ("<stdin>", "<text>", "<bytes>", "<stream>")


def unique_stem(stem: str, taken: set[str], owners: Mapping[str, str] | None = None, source: str = "") -> str:
    """``stem``, or ``stem-2``, ``stem-3``... when an earlier article of the same run took it, or when
    ``owners`` (file stems already in the folder -> the source that built them) gives it to another
    article. A source that built ``stem-2`` before gets ``stem-2`` again, so rebuilding one article
    of a batch replaces its own outputs and never another article's."""
    owners = owners or {}
    named = source and source not in ANONYMOUS_SOURCES
    mine = [s for s, owner in owners.items() if named and owner == source and (s == stem or s.startswith(f"{stem}-"))]
    if mine and mine[0] not in taken:
        taken.add(mine[0])
        return mine[0]
    candidate, number = stem, 2
    while candidate in taken or candidate in owners and not (named and owners[candidate] == source):
        candidate, number = f"{stem}-{number}", number + 1
    taken.add(candidate)
    return candidate


def ensure_out_dir(out_dir: str | os.PathLike[str]) -> Path:
    """The output folder, created if missing; :class:`InputError` when it cannot be written."""
    path = check_out_dir(out_dir)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{path}: cannot create the output folder ({exc.strerror or exc})") from None
    return path


def check_out_dir(out_dir: str | os.PathLike[str]) -> Path:
    """The output folder if it is, or can be made, a writable folder; nothing is created yet.

    Lets a build report a bad ``-o`` before any work, yet leave no empty folder behind when every
    article turns out to be bad input.
    """
    path = Path(out_dir)
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise InputError(f"{path}: exists and is not a folder" if existing == path
                         else f"{path}: cannot create the output folder ({existing} is not a folder)")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise InputError(f"{path}: the output folder is not writable" if existing == path
                         else f"{path}: cannot create the output folder ({existing} is not writable)")
    return path


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    return write_together({path: data})[0]


def write_together(files: Mapping[Path, bytes]) -> tuple[Path, ...]:
    """Write several files as one set: each to a temporary file beside it, then all renamed into place.

    A deck and its memo are put in place together, so a failure (a full disk, say) never leaves a new
    deck beside an old memo: either every file is replaced or none is, and no temporary file stays.
    Raises :class:`OutputError` naming the folder and the cause.
    """
    written: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            written.append((_write_temporary(path, data), path))
    except OSError as exc:
        for temp_name, _ in written:
            Path(temp_name).unlink(missing_ok=True)
        raise OutputError(f"{path.parent}: cannot write {path.name} ({exc.strerror or exc})") from None
    for index, (temp_name, path) in enumerate(written):
        try:
            os.replace(temp_name, path)
        except OSError as exc:
            for left, _ in written[index:]:
                Path(left).unlink(missing_ok=True)
            raise OutputError(f"{path.parent}: cannot put {path.name} in place ({exc.strerror or exc})") from None
    return tuple(path for _, path in written)


def _write_temporary(path: Path, data: bytes) -> str:
    """``data`` in a new temporary file beside ``path``, flushed to disk; its name."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view):]
            os.fsync(handle)
        finally:
            os.close(handle)
        os.chmod(temp_name, 0o644)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return temp_name
