"""Checking built outputs: does the deck open, does the memo open, do they say the same thing?

:func:`verify_outputs` takes a deck (``.pptx``) and optionally its memo (``.pdf``) and returns a
list of problems, empty when both are sound. Each job is a module:

- :mod:`.package` reopens the deck's package with :mod:`zipfile` and lxml (every relationship
  resolves, every part has a content type, shape ids are unique per slide, required elements are
  present and not empty);
- :mod:`.deck` reads the deck's takeaways, glossary and sources back with python-pptx;
- :mod:`.memo` reopens the memo with pypdf (header, cross-reference table and trailer, every font
  embedded, pages numbered "Page N of M" consistently) and reads its text;
- :mod:`.compare` checks that both state the same figures, takeaways and glossary terms.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

from briefing.deliver.verify.compare import compare, key
from briefing.deliver.verify.deck import DeckText, read_deck_text
from briefing.deliver.verify.memo import MemoText, read_memo_text
from briefing.deliver.verify.package import check_package

Pathish = str | PathLike[str]


def verify_outputs(deck: Pathish, memo: Pathish | None = None) -> list[str]:
    """Problems with ``deck`` (a ``.pptx``) and ``memo`` (its ``.pdf``), each naming the file;
    an empty list when both open cleanly and state the same figures, takeaways and glossary.

    Raises :class:`~briefing.errors.InputError` when a file cannot be read at all."""
    from briefing.errors import InputError

    def read(path: Pathish) -> bytes:
        try:
            return Path(path).read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a directory") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None

    deck_data = read(deck)
    memo_data = read(memo) if memo is not None else None
    problems = [f"{deck}: {p}" for p in check_package(deck_data)]
    deck_text = read_deck_text(deck_data) if not problems else DeckText()
    problems += [f"{deck}: {p}" for p in deck_text.problems]
    if memo is None or memo_data is None:
        return problems
    memo_text = read_memo_text(memo_data)
    problems += [f"{memo}: {p}" for p in memo_text.problems]
    if not problems:
        problems += [f"{memo}: {p}" for p in compare(deck_text, memo_text)]
    return problems


__all__ = ["DeckText", "MemoText", "check_package", "compare", "key", "read_deck_text", "read_memo_text",
           "verify_outputs"]
