"""Email the memo: a ready-to-send message from a build, and its delivery over SMTP.

:func:`compose_email` takes a :class:`~briefing.api.BuildResult` and returns a :class:`ComposedEmail`:
an :class:`~email.message.EmailMessage` (subject from the headline, a plain-text and an HTML body
with the bottom line, key takeaways and figures, the PDF memo attached, optionally the deck) and
warnings. :func:`message_bytes` gives the bytes of the ``.eml`` file; :func:`send_email` hands the
message to an SMTP server and raises :class:`~briefing.errors.DeliveryError` when it cannot.
Nothing here reads the clock or the environment unless asked, so pinned builds give identical bytes.
"""

from __future__ import annotations

import datetime
import email.errors
import email.policy
import email.utils
import hashlib
import html
import os
import smtplib
import ssl
import time
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Literal, Mapping, Sequence

from briefing.deliver.output import write_atomic
from briefing.errors import DeliveryError, InputError
from briefing.model.formatting import format_value

if TYPE_CHECKING:
    from briefing.api import BuildResult
    from briefing.model.types import Figure

Security = Literal["starttls", "ssl", "none"]
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_SENDER = "briefing@localhost"
MAX_MESSAGE_BYTES = 10 * 1024 * 1024  # the limit many providers set (Gmail takes 25 MB, Exchange often 10)
MAX_TABLE_FIGURES = 12  # "a short table": the memo has the rest
PPTX_TYPE = ("application", "vnd.openxmlformats-officedocument.presentationml.presentation")
RETRY_DELAY_S = 1.0  # first back-off after a 4xx answer; doubles with each retry


@dataclass(frozen=True)
class ComposedEmail:
    """A message ready to write or send, and the recoverable problems found composing it."""

    message: EmailMessage
    warnings: tuple[str, ...] = ()


def parse_address(text: str, option: str = "address") -> Address:
    """``text`` (``a@b.com`` or ``Name <a@b.com>``) as an :class:`Address`.

    Raises :class:`InputError` naming ``option`` and the text when it is not one plausible address:
    one ``@``, a local part, a domain with a dot (or ``localhost``), no list, no line break.
    """
    def bad(why: str) -> InputError:
        return InputError(f"{option}: {text!r} is not an email address ({why})")

    if any(ch in text for ch in "\r\n\t\0"):
        raise bad("it contains a control character")
    if text.count("<") != text.count(">") or text.rfind("<") > text.rfind(">"):
        raise bad("an unclosed < or >; write Name <name@example.com>")
    if len(email.utils.getaddresses([text])) != 1:
        raise bad("give one address per option")
    name, spec = email.utils.parseaddr(text)
    spec = spec or text.strip()
    if "@" not in spec:
        raise bad("it has no @")
    if spec.count("@") > 1:
        raise bad("it has more than one @")
    local, domain = spec.split("@")
    if not local:
        raise bad("no name before the @")
    if not domain:
        raise bad("no domain after the @; write name@example.com")
    if not (domain == "localhost" or ("." in domain and all(domain.split(".")))):
        raise bad(f"the domain {domain!r} is not like example.com")
    try:
        return Address(display_name=name, addr_spec=spec)
    except (ValueError, IndexError, email.errors.MessageError) as exc:
        raise bad(str(exc) or exc.__class__.__name__) from None


def parse_addresses(texts: Iterable[str], option: str) -> tuple[Address, ...]:
    """Every text of ``texts`` through :func:`parse_address`; the first bad one raises."""
    return tuple(parse_address(text, option) for text in texts)


def _figure_row(figure: Figure) -> tuple[str, str, str]:
    """Subject, metric (with its period when the metric does not say it) and formatted value."""
    metric = f"{figure.metric} ({figure.period})" if figure.period and figure.period not in figure.metric else figure.metric
    signed = not (figure.is_money or figure.unit == "GBp")  # changes get a sign, amounts do not
    return figure.subject, metric, format_value(figure, signed=signed)


def _text_body(result: BuildResult, rows: Sequence[tuple[str, str, str]], more: int, attached: str) -> str:
    article, briefing = result.briefing.article, result.briefing
    lines = [article.title, *([article.subtitle] if article.subtitle else []), "",
             "Bottom line", briefing.bottom_line, "", "Key takeaways"]
    lines += [f"- {takeaway}" for takeaway in article.takeaways]
    if rows:
        table = [("Subject", "Metric", "Value"), *rows]
        widths = [max(len(row[i]) for row in table) for i in range(3)]
        lines += ["", "Figures"]
        lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in table]
        if more:
            lines.append(f"... and {more} more in the memo.")
    lines += ["", f"Attached: {attached}."]
    return "\n".join(lines) + "\n"


def _html_body(result: BuildResult, rows: Sequence[tuple[str, str, str]], more: int, attached: str) -> str:
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
                  "<tr>" + "".join(f"<th {cell}>{name}</th>" for name in ("Subject", "Metric", "Value")) + "</tr>"]
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
    size = len(message_bytes(message))
    warnings = () if size <= max_bytes else (
        f"the message is {size / 2**20:.2f} MB, over the {max_bytes / 2**20:.2f} MB limit; "
        "many mail servers refuse messages this large",)
    return ComposedEmail(message, warnings)


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
        message["Date"] = email.utils.format_datetime(datetime.datetime.now(datetime.timezone.utc))
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
        from briefing.api import (
            resolve_build_date,  # the same reading of SOURCE_DATE_EPOCH as the build
        )

        build_date = resolve_build_date(None)
    if build_date is None:
        return None
    return datetime.datetime.combine(build_date, datetime.time(0, 0), tzinfo=datetime.timezone.utc)


def message_bytes(message: EmailMessage) -> bytes:
    """The message as it goes on the wire and into a ``.eml`` file (CRLF line endings)."""
    return message.as_bytes(policy=email.policy.SMTP)


def write_eml(message: EmailMessage, result: BuildResult) -> Path:
    """Write the message as ``<slug>.eml`` beside the memo (atomically) and return its path."""
    return write_atomic(result.memo.with_suffix(".eml"), message_bytes(message))


@dataclass(frozen=True)
class SmtpEnvironment:
    """What the environment says about the SMTP server, read by :meth:`from_environ`.

    Credentials come only from here (``BRIEFING_SMTP_USER``, ``BRIEFING_SMTP_PASSWORD``), never
    from the command line where other users could read them; ``BRIEFING_SMTP_CAFILE`` names extra
    CA certificates (PEM) to trust, e.g. a company's own mail server certificate.
    """

    user: str | None = None
    password: str | None = field(default=None, repr=False)  # never in a repr, a log or a traceback
    cafile: str | None = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> SmtpEnvironment:
        """The settings in ``environ`` (default ``os.environ``); empty variables count as unset."""
        environ = os.environ if environ is None else environ
        user, password, cafile = (environ.get(f"BRIEFING_SMTP_{name}") or None for name in ("USER", "PASSWORD", "CAFILE"))
        if (user is None) != (password is None):
            raise InputError("set both BRIEFING_SMTP_USER and BRIEFING_SMTP_PASSWORD, or neither")
        return cls(user, password, cafile)

    def ssl_context(self) -> ssl.SSLContext:
        """A verifying TLS context trusting the system CAs, plus ``cafile`` when set."""
        context = ssl.create_default_context()
        if self.cafile:
            try:
                context.load_verify_locations(cafile=self.cafile)
            except (OSError, ssl.SSLError) as exc:
                raise InputError(f"BRIEFING_SMTP_CAFILE: {self.cafile}: cannot load ({exc})") from None
        return context


def check_security(security: str, user: str | None) -> None:
    """Raise :class:`InputError` for an unknown ``security``, or a login over an unencrypted link."""
    if security not in DEFAULT_PORTS:
        raise InputError(f"security must be starttls, ssl or none, not {security!r}")
    if user is not None and security == "none":
        raise InputError("refusing to send the SMTP password unencrypted: use --starttls or --ssl")


def send_email(message: EmailMessage, *, host: str, port: int | None = None, security: Security = "none",
               user: str | None = None, password: str | None = None, timeout: float = 30,
               retries: int = 3, ssl_context: ssl.SSLContext | None = None,
               sleep: Callable[[float], None] | None = None) -> None:
    """Deliver ``message`` to its To and Cc recipients through the SMTP server ``host:port``.

    ``port`` None means 587 for ``starttls``, 465 for ``ssl``, 25 for ``none``. ``user`` and
    ``password`` log in (only over TLS). A temporary failure (a 4xx answer) is retried up to
    ``retries`` times, waiting 1, 2, 4... seconds through ``sleep``. Returns when the server has
    accepted the message for every recipient; otherwise raises :class:`DeliveryError` naming the
    server and the reason (refused recipient, connection refused, timeout, TLS, login).
    """
    check_security(security, user)
    port = port or DEFAULT_PORTS[security]
    # smtplib's own default context does not verify certificates: always pass a verifying one.
    context = ssl_context or ssl.create_default_context()
    where, sleep = f"{host}:{port}", sleep or time.sleep
    for attempt in range(retries + 1):
        try:
            refused = _deliver_once(message, host, port, security, user, password, timeout, context)
            break
        except (smtplib.SMTPException, OSError) as exc:
            if attempt < retries and _is_temporary(exc):
                sleep(RETRY_DELAY_S * 2 ** attempt)
                continue
            raise DeliveryError(f"sending through {where} failed: {_reason(exc, timeout)}") from exc
    if refused:  # some recipients accepted it: retrying would send them a second copy
        raise DeliveryError(f"sending through {where} failed: the server refused {_refusals(refused)} "
                            "(the other recipients got the message)")


def _deliver_once(message: EmailMessage, host: str, port: int, security: str, user: str | None,
                  password: str | None, timeout: float, context: ssl.SSLContext) -> dict:
    """One SMTP session; returns the refused recipients ({} when all were accepted)."""
    if security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
    else:
        smtp = smtplib.SMTP(host, port, timeout=timeout)
    try:
        if security == "starttls":
            smtp.starttls(context=context)
        if user is not None:
            smtp.login(user, password or "")
        refused = smtp.send_message(message)
    except BaseException:
        smtp.close()  # no QUIT: after a TLS failure the link may be in no state to carry one
        raise
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()  # the message is already accepted; a failed goodbye changes nothing
    return refused


def _is_temporary(exc: BaseException) -> bool:
    """A 4xx answer (greylisting, a full queue): the same message may go through later."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _ in exc.recipients.values())
    return isinstance(exc, smtplib.SMTPResponseException) and 400 <= exc.smtp_code < 500


def _refusals(refused: Mapping[str, tuple[int, bytes]]) -> str:
    return ", ".join(f"{addr} ({code} {_text(answer)})" for addr, (code, answer) in refused.items())


def _text(answer: bytes | str) -> str:  # smtplib keeps server answers as bytes
    return answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)


def _reason(exc: BaseException, timeout: float) -> str:
    """What went wrong, in words; SMTP errors are checked first as they are OSErrors too."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return f"the server refused every recipient: {_refusals(exc.recipients)}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"the server refused the user name or password ({exc.smtp_code} {_text(exc.smtp_error)})"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"the server answered {exc.smtp_code} {_text(exc.smtp_error)}"
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return f"the server does not support it: {exc}"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        if isinstance(exc.__context__, TimeoutError):  # smtplib reports a read timeout as a disconnection
            return f"no answer within {timeout:g} s"
        return f"the server closed the connection ({exc})"
    if isinstance(exc, smtplib.SMTPException):
        return str(exc)
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (is an SMTP server listening on that port?)"
    if isinstance(exc, TimeoutError):  # socket.timeout is TimeoutError since Python 3.10
        return f"no answer within {timeout:g} s"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed: {getattr(exc, 'verify_message', None) or exc.reason or exc}"
    return f"cannot connect: {exc.strerror or exc}" if isinstance(exc, OSError) else str(exc)
