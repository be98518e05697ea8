"""Delivering a composed message over SMTP: TLS, login, retries, and errors a person can act on.

:func:`send_email` takes an :class:`~email.message.EmailMessage` and the server's host, port,
security and credentials, and returns when the server has accepted it for every recipient; otherwise
it raises :class:`~briefing.errors.DeliveryError` naming the server and the reason.
:class:`SmtpEnvironment` reads the credentials and extra CA certificates from the environment (never
from the command line); :func:`check_security` refuses an unknown security or a password sent in
the clear before anything is built.
"""

from __future__ import annotations

import enum
import os
import smtplib
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage

from briefing.errors import DeliveryError, InputError


class Security(enum.StrEnum):
    """How the link to the SMTP server is protected; the values are what callers and the CLI pass."""

    STARTTLS = "starttls"  # a plain connection, upgraded to TLS before anything is sent
    SSL = "ssl"  # TLS from the first byte (SMTPS)
    NONE = "none"  # no encryption, so no login either


#: The port each kind of link is served on by convention (a plain string value works as a key too).
DEFAULT_PORTS: dict[Security, int] = {Security.STARTTLS: 587, Security.SSL: 465, Security.NONE: 25}
RETRY_DELAY_S = 1.0  # first back-off after a 4xx answer; doubles with each retry


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


def check_security(security: Security | str, user: str | None) -> Security:
    """``security`` as a :class:`Security`, given the member or its value.

    Raises :class:`InputError` for an unknown one, or for a login (``user``) over an unencrypted link.
    """
    try:
        mode = Security(security)
    except ValueError:
        *first, last = (s.value for s in Security)
        raise InputError(f"security must be {', '.join(first)} or {last}, not {security!r}") from None
    if user is not None and mode is Security.NONE:
        raise InputError("refusing to send the SMTP password unencrypted: use --starttls or --ssl")
    return mode


def send_email(message: EmailMessage, *, host: str, port: int | None = None,
               security: Security | str = Security.NONE,
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
    mode = check_security(security, user)
    port = port or DEFAULT_PORTS[mode]
    # smtplib's own default context does not verify certificates: always pass a verifying one.
    context = ssl_context or ssl.create_default_context()
    where, sleep = f"{host}:{port}", sleep or time.sleep
    for attempt in range(retries + 1):
        try:
            refused = _deliver_once(message, host, port, mode, user, password, timeout, context)
            break
        except (smtplib.SMTPException, OSError) as exc:
            if attempt < retries and _is_temporary(exc):
                sleep(RETRY_DELAY_S * 2 ** attempt)
                continue
            raise DeliveryError(f"sending through {where} failed: {_reason(exc, timeout)}") from exc
    if refused:  # some recipients accepted it: retrying would send them a second copy
        raise DeliveryError(f"sending through {where} failed: the server refused {_refusals(refused)} "
                            "(the other recipients got the message)")


def _deliver_once(message: EmailMessage, host: str, port: int, security: Security, user: str | None,
                  password: str | None, timeout: float, context: ssl.SSLContext) -> dict[str, tuple[int, bytes]]:
    """One SMTP session; returns the refused recipients ({} when all were accepted)."""
    if security is Security.SSL:
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
    else:
        smtp = smtplib.SMTP(host, port, timeout=timeout)
    try:
        if security is Security.STARTTLS:
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
