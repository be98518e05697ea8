"""Email addresses from the command line or a caller: checked before anything is built.

:func:`parse_address` takes one text (``a@b.com`` or ``Name <a@b.com>``) and returns an
:class:`~email.headerregistry.Address`; :func:`parse_addresses` takes several and returns a tuple.
Both raise :class:`~briefing.errors.InputError` saying what is wrong with a bad one.
"""

from __future__ import annotations

import email.errors
import email.utils
from collections.abc import Iterable
from email.headerregistry import Address

from briefing.errors import InputError


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
    if any(ch.isspace() for ch in spec) or spec not in text:
        # parseaddr quietly drops spaces inside an address ("ana@exa mple.com"): refuse, never guess.
        raise bad("the address has a space in it")
    if not domain:
        raise bad("no domain after the @; write name@example.com")
    if not (domain == "localhost" or ("." in domain and all(domain.split(".")))):
        raise bad(f"the domain {domain!r} is not like example.com")
    try:
        return Address(display_name=name, addr_spec=spec)
    except (ValueError, IndexError, email.errors.MessageError):
        # The email package explains in RFC 5322 terms ("local-part is not dot-atom ..."); say it plainly.
        raise bad("the address has a character an address cannot have, such as a space or a comma; "
                  "write name@example.com or \"Name\" <name@example.com>") from None


def parse_addresses(texts: Iterable[str], option: str) -> tuple[Address, ...]:
    """Every text of ``texts`` through :func:`parse_address`; the first bad one raises."""
    return tuple(parse_address(text, option) for text in texts)
