"""What ``briefing serve`` is told: the workspace folder, the address, the token, the allow-lists.

:class:`ServeSettings` takes the command's flags (or a script's arguments) and checks them;
:class:`Choices` is the allow-list of themes and templates a client may pick by name — the bundled
ones plus the files of ``--themes DIR`` — so no request ever names a path on the server.
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing.bundled import TEMPLATES, template_path
from briefing.deliver.mail import Security
from briefing.errors import InputError
from briefing.read import MAX_BYTES

#: The theme every install has: the bundled ``theme.json``.
DEFAULT_THEME = "default"
#: The template value for the built-in look (no corporate template).
NO_TEMPLATE = "none"
PAPERS = ("A4", "Letter")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,63}$")


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) is this machine only: ``localhost`` or 127.0.0.0/8, ::1."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Choices:
    """Themes and templates by the names a client may send, each to its path (None: the bundled default)."""

    themes: dict[str, Path | None]
    templates: dict[str, Path | None]

    @classmethod
    def load(cls, themes_dir: Path | None = None) -> Choices:
        """The bundled theme and templates, plus ``themes_dir``'s ``*.json`` themes and ``*.pptx``/``*.potx``
        templates, named by file stem; a name that is not plain (or taken) is left out."""
        themes: dict[str, Path | None] = {DEFAULT_THEME: None}
        templates: dict[str, Path | None] = {NO_TEMPLATE: None}
        templates.update({name: template_path(name) for name in TEMPLATES})
        if themes_dir is not None:
            if not themes_dir.is_dir():
                raise InputError(f"--themes: {themes_dir}: not a folder")
            for path in sorted(themes_dir.iterdir()):
                table = themes if path.suffix.lower() == ".json" else (
                    templates if path.suffix.lower() in (".pptx", ".potx") else None)
                if table is not None and path.is_file() and _NAME.match(path.stem) and path.stem not in table:
                    table[path.stem] = path.resolve()
        return cls(themes, templates)

    def theme(self, name: str) -> Path | None:
        """The theme file ``name`` stands for; :class:`InputError` for a name not on the list."""
        return _pick(self.themes, name, "options.theme")

    def template(self, name: str) -> Path | None:
        return _pick(self.templates, name, "options.template")


def _pick(table: dict[str, Path | None], name: str, field_name: str) -> Path | None:
    if name not in table:
        raise InputError(f"{field_name}: {name!r} is not one of {', '.join(table)}")
    return table[name]


@dataclass(frozen=True)
class ServeSettings:
    """The server's settings. ``root`` is the workspace (a folder per briefing); ``token`` (None: none)
    is required of every client; ``max_bytes`` limits an article and, with room for the form around
    it, a request body. SMTP settings are those of ``briefing email``; credentials come from the
    environment only (:class:`~briefing.deliver.mail.SmtpEnvironment`)."""

    root: Path = Path("output")
    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None
    max_bytes: int = MAX_BYTES
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_security: Security = Security.NONE
    choices: Choices = field(default_factory=Choices.load)

    def __post_init__(self) -> None:
        if not is_loopback(self.host) and not self.token:
            raise InputError(f"--host {self.host}: serving beyond this machine needs a token "
                             "(--token or BRIEFING_SERVE_TOKEN)")
        if self.token is not None and len(self.token) < 16:
            raise InputError("--token: use at least 16 characters (e.g. python -c 'import secrets; "
                             "print(secrets.token_urlsafe())')")
        if not 0 <= self.port <= 65535:
            raise InputError(f"--port must be between 0 and 65535, not {self.port}")

    @property
    def body_limit(self) -> int:
        """The largest request body taken: an article at the limit, JSON-escaped, plus a form's fields."""
        return 2 * self.max_bytes + 64 * 1024

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"


def token_from_environ(flag: str | None) -> str | None:
    """``--token``, else ``BRIEFING_SERVE_TOKEN``, else None."""
    return flag or os.environ.get("BRIEFING_SERVE_TOKEN") or None
