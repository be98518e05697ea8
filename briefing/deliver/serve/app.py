"""The ASGI app: pages, the JSON API, static files and error handling, wired to one workspace.

:func:`create_app` takes :class:`~briefing.deliver.serve.settings.ServeSettings` and returns the
app (FastAPI on Starlette) wrapped in the :class:`~briefing.deliver.serve.security.Guard`. Its
lifespan starts the :class:`~briefing.deliver.serve.builder.Builder` (warming it up on its thread)
and stops it. Every error leaves as ``{"error": "..."}`` under ``/api/`` and as a short page
elsewhere — never a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import jinja2
import pydantic
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from briefing import __version__
from briefing.deliver.serve.builder import Builder
from briefing.deliver.serve.previews import Preview, Previews, find_soffice
from briefing.deliver.serve.security import BodyTooLarge, Guard
from briefing.deliver.serve.settings import ServeSettings
from briefing.deliver.serve.workspace import Record, UnknownBriefing, Workspace
from briefing.errors import BriefingError, DeliveryError, InputError

T = TypeVar("T")
PREVIEW_DELAY_S = 3.0  # how long the workspace must go without a build before previews are rendered
_PACKAGE = resources.files("briefing.deliver.serve")


class ApiError(Exception):
    """An error to answer with ``status`` and ``{"error": message}`` (or the error page)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Server:
    """What the routes share: settings, workspace, builder, previews (on a thread of their own, as
    LibreOffice takes seconds) and templates."""

    settings: ServeSettings
    workspace: Workspace
    builder: Builder
    previews: Previews
    templates: Jinja2Templates
    preview_thread: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-preview"))
    _pending: asyncio.TimerHandle | None = None

    async def preview(self, record: Record) -> tuple[Preview, Preview]:
        """The memo's and the deck's previews of ``record``'s outputs (rendered on the preview thread)."""
        folder = self.workspace.folder(record.id)

        def both() -> tuple[Preview, Preview]:
            return (self.previews.memo(folder / record.memo, record.memo_sha256),
                    self.previews.deck(folder / record.deck, record.deck_sha256))

        return await asyncio.get_running_loop().run_in_executor(self.preview_thread, both)

    def prepare_preview(self, record: Record) -> None:
        """Render the previews of the newest build once the workspace has had no build for a moment,
        so the preview page finds them ready. Not at once: LibreOffice takes a core for seconds, and
        on two cores that would slow the next edit's rebuild threefold. Only the newest: twenty
        uploads must not queue twenty conversions ahead of the preview a reviewer asks for."""
        if self._pending is not None:
            self._pending.cancel()
        self._pending = asyncio.get_running_loop().call_later(
            PREVIEW_DELAY_S, lambda: asyncio.ensure_future(self._quietly(self.preview(record))))

    def close(self) -> None:
        """Stop: pending previews are dropped, the build under way finishes."""
        if self._pending is not None:
            self._pending.cancel()
        self.builder.close()
        self.preview_thread.shutdown(wait=False, cancel_futures=True)

    @staticmethod
    async def _quietly(job: Any) -> None:
        with contextlib.suppress(Exception):  # the preview page will show the error if it persists
            await job


def server_of(request: Request) -> Server:
    server: Server = request.app.state.server
    return server


def create_app(settings: ServeSettings, warm_up: bool = True) -> Guard:
    """The app for ``settings``; ``warm_up`` builds the sample once at start (tests may skip it)."""
    workspace = Workspace(settings.root)
    # Autoescape everywhere: article text, titles and warnings are untrusted, and shown as text.
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(str(_PACKAGE / "templates")), autoescape=True)
    templates = Jinja2Templates(env=environment)
    templates.env.globals["version"] = __version__
    server = Server(settings, workspace, Builder(settings, workspace),
                    Previews(settings.root / ".previews", find_soffice()), templates)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if warm_up:
            asyncio.ensure_future(server.builder.run(server.builder.warm_up))
        yield
        server.close()

    # Swagger's pages load their scripts from a CDN: the schema is served, the CDN pages are not.
    app = FastAPI(title="briefing workspace", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None, openapi_url="/api/openapi.json")
    app.state.server = server
    app.mount("/static", StaticFiles(directory=str(_PACKAGE / "static")), name="static")
    from briefing.deliver.serve import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    _install_error_handlers(app, templates)
    return Guard(app, settings)


def _install_error_handlers(app: FastAPI, templates: Jinja2Templates) -> None:
    def answer(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"error": message}, status_code=status)
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                          status_code=status)

    handlers: dict[type[Exception], Callable[[Exception], tuple[int, str]]] = {
        ApiError: lambda e: (e.status, str(e)),  # type: ignore[attr-defined]
        UnknownBriefing: lambda e: (404, f"no briefing {str(e)!r} in this workspace"),
        BodyTooLarge: lambda e: (413, str(e)),
        DeliveryError: lambda e: (502, str(e)),
        InputError: lambda e: (400, str(e)),
        BriefingError: lambda e: (500, str(e)),
        HTTPException: lambda e: (e.status_code, str(e.detail)),  # type: ignore[attr-defined]
        RequestValidationError: lambda e: (400, _validation_message(e)),
        pydantic.ValidationError: lambda e: (400, _validation_message(e)),
        Exception: lambda e: (500, f"unexpected error: {e.__class__.__name__}: {e}"),
    }
    for kind, describe in handlers.items():
        def handle(request: Request, exc: Exception,
                   describe: Callable[[Exception], tuple[int, str]] = describe) -> Response:
            status, message = describe(exc)
            return answer(request, status, message)

        app.add_exception_handler(kind, handle)


def _validation_message(exc: Exception) -> str:
    errors: list[Any] = getattr(exc, "errors", list)()
    if not errors:
        return str(exc)
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
    return f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg", "invalid"))


def static_path(name: str) -> Path:
    return Path(str(_PACKAGE / "static" / name))
