"""Email the memo: a ready-to-send message from a build, and its delivery over SMTP.

:func:`compose_email` takes a :class:`~briefing.api.BuildResult` and returns a :class:`ComposedEmail`:
an :class:`~email.message.EmailMessage` (subject from the headline, a plain-text and an HTML body
with the bottom line, key takeaways and figures, the PDF memo attached, optionally the deck) and
warnings. :func:`message_bytes` gives the bytes of the ``.eml`` file; :func:`send_email` hands the
message to an SMTP server and raises :class:`~briefing.errors.DeliveryError` when it cannot.
Nothing here reads the clock or the environment unless asked, so pinned builds give identical bytes.

Each job is a module: :mod:`.addresses` checks addresses, :mod:`.compose` makes the message and the
``.eml`` file, :mod:`.send` delivers it.
"""

from __future__ import annotations

from briefing.deliver.mail.addresses import parse_address, parse_addresses
from briefing.deliver.mail.compose import (
    DEFAULT_SENDER,
    MAX_MESSAGE_BYTES,
    MAX_TABLE_FIGURES,
    PPTX_TYPE,
    ComposedEmail,
    compose_email,
    message_bytes,
    pinned_date,
    write_eml,
)
from briefing.deliver.mail.send import (
    DEFAULT_PORTS,
    RETRY_DELAY_S,
    Security,
    SmtpEnvironment,
    check_security,
    send_email,
)

__all__ = [
    "DEFAULT_PORTS", "DEFAULT_SENDER", "MAX_MESSAGE_BYTES", "MAX_TABLE_FIGURES", "PPTX_TYPE", "RETRY_DELAY_S",
    "ComposedEmail", "Security", "SmtpEnvironment", "check_security", "compose_email", "message_bytes",
    "parse_address", "parse_addresses", "pinned_date", "send_email", "write_eml",
]
