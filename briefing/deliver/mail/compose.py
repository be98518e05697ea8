"""The message that sends a memo: bodies, attachments, stable headers, and the ``.eml`` file.

:func:`compose_email` takes a :class:`~briefing.api.BuildResult` and addresses and returns a
:class:`ComposedEmail`: an :class:`~email.message.EmailMessage` (subject from the headline, a
plain-text and an HTML body with the bottom line, key takeaways and figures, the PDF memo attached,
optionally the deck) and warnings (a message over the size limit). :func:`message_bytes` gives the
bytes of the ``.eml`` file and :func:`write_eml` writes it beside the memo. Nothing here reads the
clock or the environment unless asked (:func:`pinned_date`), so pinned builds give identical bytes.
"""

from __future__ import annotations

import datetime
import email.policy
import email.utils
import hashlib
import html
import os
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.deliver.mail.addresses import parse_address
from briefing.deliver.output import write_atomic
from briefing.errors import InputError
from briefing.model.formatting import format_value, shown_subject

if TYPE_CHECKING:
    from briefing.api import BuildResult
    from briefing.model.types import Figure

DEFAULT_SENDER = "briefing@localhost"
MAX_MESSAGE_BYTES = 10 * 1024 * 1024  # the limit many providers set (Gmail takes 25 MB, Exchange often 10)
MAX_TABLE_FIGURES = 12  # "a short table": the memo has the rest
PPTX_TYPE = ("application", "vnd.openxmlformats-officedocument.presentationml.presentation")
#: The figures table of both bodies: its column titles, and a row (see :func:`_figure_row`).
_TABLE_COLUMNS = ("Subject", "Metric", "Value")
Row = tuple[str, str, str]


@dataclass(frozen=True)
class ComposedEmail:
    """A message ready to write or send, and the recoverable problems found composing it."""

    message: EmailMessage
    warnings: tuple[str, ...] = ()


def _figure_row(figure: Figure) -> Row:
    """Subject, metric (with its period when the metric does not say it) and formatted value."""
    metric = f"{figure.metric} ({figure.period})" if figure.period and figure.period not in figure.metric else figure.metric
    signed = not (figure.is_money or figure.unit == "GBp")  # changes get a sign, amounts do not
    return shown_subject(figure), metric, format_value(figure, signed=signed)


def _text_body(result: BuildResult, rows: Sequence[Row], more: int, attached: str) -> str:
    """The plain-text body: headline, bottom line, takeaways, the figures table in aligned columns."""
    article, briefing = result.briefing.article, result.briefing
    lines = [article.title, *([article.subtitle] if article.subtitle else []), "",
             "Bottom line", briefing.bottom_line, "", "Key takeaways"]
    lines += [f"- {takeaway}" for takeaway in article.takeaways]
    if rows:
        table = [_TABLE_COLUMNS, *rows]
        widths = [max(len(row[i]) for row in table) for i in range(3)]
        lines += ["", "Figures"]
        lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in table]
        if more:
            lines.append(f"... and {more} more in the memo.")
    lines += ["", f"Attached: {attached}."]
    return "\n".join(lines) + "\n"


def _html_body(result: BuildResult, rows: Sequence[Row], more: int, attached: str) -> str:
    """The HTML body: what the plain-text body says, with headings, a list and a table."""
    esc = html.escape  # article text is untrusted: a headline may well contain "<" or "&"
    article, briefing = result.briefing.article, result.briefing
    cell = 'style="text-align:left;padding:2px 12px 2px 0;border-bottom:1px solid #ddd"'
    parts = ['<!DOCTYPE html>', '<html><body style="font-family:Arial,sans-serif;font-size:14px">',
             f"<h2>{esc(article.title)}</h2>"]
    if article.subtitle:
        parts.append(f"<p><em>{esc(article.subtitle)}</em></p>")
    parts += ["<h3>Bottom line</h3>", f"<p>{esc(briefing.bottom_line)}</p>", "<h3>Key takeaways</h3>", "<ul>"]
    parts += [f"<li>{esc(takeaway)}</li>" for takeaway in article.takeaways]
    parts.append("</ul>")
    if rows:
        parts += ["<h3>Figures</h3>", '<table style="border-collapse:collapse">',
                  "<tr>" + "".join(f"<th {cell}>{name}</th>" for name in _TABLE_COLUMNS) + "</tr>"]
        parts += ["<tr>" + "".join(f"<td {cell}>{esc(value)}</td>" for value in row) + "</tr>" for row in rows]
        parts.append("</table>")
        if more:
            parts.append(f"<p>&hellip; and {more} more in the memo.</p>")
    parts += [f"<p>Attached: {esc(attached)}.</p>", "</body></html>"]
    return "\n".join(parts) + "\n"


def _attachments(result: BuildResult, attach_deck: bool) -> list[tuple[bytes, str, str, str]]:
    """(data, maintype, subtype, filename) of the memo, and of the deck with ``attach_deck``."""
    files = [(result.memo.read_bytes(), "application", "pdf", result.memo.name)]
    if attach_deck:
        files.append((result.deck.read_bytes(), *PPTX_TYPE, result.deck.name))
    return files


def compose_email(result: BuildResult, to: Sequence[str | Address], cc: Sequence[str | Address] = (),
                  sender: str | Address | None = None, attach_deck: bool = False,
                  date: datetime.datetime | None = None, max_bytes: int = MAX_MESSAGE_BYTES) -> ComposedEmail:
    """The email that sends the memo of ``result`` to ``to`` (and ``cc``), from ``sender``.

    Addresses may be strings (checked with :func:`parse_address`; a bad one raises
    :class:`InputError`) or :class:`Address` objects. ``sender`` None means ``briefing@localhost``.
    ``date`` pins the Date header and makes the Message-ID a hash of the content, so the same build
    gives the same bytes; None uses the current time and a unique Message-ID. A message larger than
    ``max_bytes`` comes back with a warning, not an error: some servers accept more.
    """
    recipients = [a if isinstance(a, Address) else parse_address(a, "to") for a in to]
    copies = [a if isinstance(a, Address) else parse_address(a, "cc") for a in cc]
    if not recipients:
        raise InputError("to: the message needs at least one recipient")
    source = sender if sender is not None else DEFAULT_SENDER
    from_ = source if isinstance(source, Address) else parse_address(source, "from")
    figures = result.briefing.figures
    rows = [_figure_row(f) for f in figures[:MAX_TABLE_FIGURES]]
    more = max(0, len(figures) - MAX_TABLE_FIGURES)
    files = _attachments(result, attach_deck)
    attached = " and ".join(name for *_, name in files)

    message = EmailMessage()
    message["Subject"] = " ".join(result.briefing.article.title.split())  # a headline never folds a header
    message["From"] = from_
    message["To"] = recipients
    if copies:
        message["Cc"] = copies
    # Quoted-printable keeps every line short and means "=_" never occurs in a body, so the
    # boundaries set below can never clash with the text.
    message.set_content(_text_body(result, rows, more, attached), cte="quoted-printable")
    message.add_alternative(_html_body(result, rows, more, attached), subtype="html", cte="quoted-printable")
    for data, maintype, subtype, filename in files:
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    _stamp(message, date, from_.domain)
    return ComposedEmail(message, _size_warnings(len(message_bytes(message)), max_bytes))


def _size_warnings(size: int, max_bytes: int) -> tuple[str, ...]:
    """A warning when the message is over ``max_bytes``: an error would be wrong, some servers take more."""
    if size <= max_bytes:
        return ()
    return ((f"the message is {size / 2**20:.2f} MB, over the {max_bytes / 2**20:.2f} MB limit; "
             "many mail servers refuse messages this large"),)


def _stamp(message: EmailMessage, date: datetime.datetime | None, domain: str) -> None:
    """Set boundaries, Date and Message-ID: derived from the content when ``date`` is pinned."""
    # The generator would otherwise pick random boundaries, and two runs would differ. Fixed ones
    # first, so the hash depends on the content only; then hashed ones, unique to this content.
    multiparts = [part for part in message.walk() if part.is_multipart()]
    for number, part in enumerate(multiparts):
        part.set_boundary(f"=_briefing_{number}")
    digest = hashlib.sha256(message_bytes(message)).hexdigest()
    for number, part in enumerate(multiparts):
        part.set_boundary(f"=_briefing_{digest[:20]}_{number}")
    if date is None:
        message["Date"] = email.utils.format_datetime(datetime.datetime.now(datetime.UTC))
        message["Message-ID"] = email.utils.make_msgid("briefing", domain=domain)
    else:
        message["Date"] = email.utils.format_datetime(date)
        seed = hashlib.sha256(f"{digest}\n{date.isoformat()}".encode()).hexdigest()
        message["Message-ID"] = f"<{seed[:32]}.briefing@{domain}>"


def pinned_date(build_date: datetime.date | None) -> datetime.datetime | None:
    """The Date for a pinned build: ``build_date`` (else ``SOURCE_DATE_EPOCH``'s day) at 00:00 UTC.

    None when neither is set: the message then carries the current time.
    """
    if build_date is None and os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        # The same reading of SOURCE_DATE_EPOCH as the build; imported only when that variable is set.
        from briefing.api import resolve_build_date

        build_date = resolve_build_date(None)
    if build_date is None:
        return None
    return datetime.datetime.combine(build_date, datetime.time(0, 0), tzinfo=datetime.UTC)


def message_bytes(message: EmailMessage) -> bytes:
    """The message as it goes on the wire and into a ``.eml`` file (CRLF line endings)."""
    return message.as_bytes(policy=email.policy.SMTP)


def write_eml(message: EmailMessage, result: BuildResult) -> Path:
    """Write the message as ``<slug>.eml`` beside the memo (atomically) and return its path."""
    return write_atomic(result.memo.with_suffix(".eml"), message_bytes(message))
