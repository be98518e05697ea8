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

if TYPE_CHECKING:
    from briefing.deliver.serve.security import Guard

__all__ = ["Choices", "ServeSettings", "create_app", "run"]


def create_app(settings: ServeSettings, warm_up: bool = True) -> Guard:
    """The ASGI app for ``settings`` (see :func:`briefing.deliver.serve.app.create_app`)."""
    from briefing.deliver.serve.app import create_app as create

    return create(settings, warm_up)


def run(settings: ServeSettings) -> None:
    """Serve until Ctrl-C; the URL (with the token, when there is one) is printed first."""
    import uvicorn

    url = settings.url + (f"?token={settings.token}" if settings.token else "")
    print(f"briefing workspace: {url}  (workspace folder {settings.root}; Ctrl-C stops)", flush=True)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning",
                server_header=False, date_header=False)
