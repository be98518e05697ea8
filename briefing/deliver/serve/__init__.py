"""The analyst's workspace: ``briefing serve``, a local web app and JSON API to review a briefing's
figures, correct them, preview the deck and memo, download and mail them.

Takes :class:`ServeSettings` (workspace folder, address, token, allow-lists, SMTP); :func:`create_app`
returns the ASGI app and :func:`run` serves it with uvicorn until interrupted. Modules, in the order
a request meets them: :mod:`.security` (Host, token, CSRF and size rules), :mod:`.app` (wiring,
errors), :mod:`.api` and :mod:`.pages` (routes), :mod:`.review` (the review form's logic),
:mod:`.builder` (builds off the event loop), :mod:`.workspace` (a folder per briefing),
:mod:`.previews` (page images), :mod:`.settings`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.deliver.serve.settings import Choices, ServeSettings
from briefing.errors import InputError

if TYPE_CHECKING:
    from briefing.deliver.serve.security import Guard

__all__ = ["Choices", "ServeSettings", "create_app", "run"]


def create_app(settings: ServeSettings, warm_up: bool = True) -> Guard:
    """The ASGI app for ``settings`` (see :func:`briefing.deliver.serve.app.create_app`)."""
    from briefing.deliver.serve.app import create_app as create

    return create(settings, warm_up)


def run(settings: ServeSettings) -> None:
    """Serve until Ctrl-C; the URL (with the token, when there is one) is printed once the port is ours.

    A port that is taken, or an address that is not this machine's, is :class:`InputError`.
    """
    import dataclasses
    import socket

    import uvicorn

    # Bound here, not by uvicorn: a taken port is then a plain message before any URL is printed,
    # and --port 0 prints the port the system chose.
    listener = socket.socket(socket.AF_INET6 if ":" in settings.host else socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((settings.host.strip("[]"), settings.port))
    except OSError as exc:
        listener.close()
        raise InputError(f"cannot serve on {settings.host}:{settings.port} ({exc.strerror or exc})") from None
    settings = dataclasses.replace(settings, port=listener.getsockname()[1])
    url = settings.url + (f"?token={settings.token}" if settings.token else "")
    print(f"briefing workspace: {url}  (workspace folder {settings.root}; Ctrl-C stops)", flush=True)
    config = uvicorn.Config(create_app(settings), log_level="warning", server_header=False, date_header=False)
    uvicorn.Server(config).run(sockets=[listener])
