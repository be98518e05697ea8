"""The JSON API: create, list, read, correct, download, mail and delete briefings.

Routes under ``/api/briefings`` (see the README's "Workspace" section and ``/api/openapi.json``).
Each takes JSON (or a multipart upload, or YAML for ``data``) and returns the briefing's JSON —
:func:`briefing_json`: its id, title, figures and charts as ``briefing inspect --json`` prints them,
warnings and links — or a file. Errors are ``{"error": ...}``: 400 bad input, 404 unknown id, 413
too large, 422 a bad data file, 502 the mail server said no. The page routes reuse
:func:`create_briefing`, :func:`put_data` and :func:`compose_email`.
"""

from __future__ import annotations

import asyncio
import datetime
import io
import json
import zipfile
from typing import Any, Literal

import yaml
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from briefing.deliver import mail
from briefing.deliver.serve.app import ApiError, Server, server_of
from briefing.deliver.serve.builder import send_eml
from briefing.deliver.serve.settings import DEFAULT_THEME, NO_TEMPLATE, PAPERS
from briefing.deliver.serve.workspace import (
    BRIEFING,
    DATA,
    BriefingOptions,
    Recipients,
    Record,
    now_iso,
)
from briefing.errors import InputError
from briefing.read.formats import ARTICLE_SUFFIXES, FORMAT_SUFFIXES, FORMATS

router = APIRouter(prefix="/api")
YAML_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain")


class OptionsIn(BaseModel):
    """Build options by allow-list name (``GET /api/choices`` lists them); ``date`` defaults to today."""

    model_config = ConfigDict(extra="forbid")
    theme: str = DEFAULT_THEME
    template: str | None = NO_TEMPLATE
    paper: Literal["A4", "Letter"] | None = None
    date: datetime.date | None = None
    editable_charts: bool = False


class CreateIn(BaseModel):
    """``POST /api/briefings`` as JSON: the article's text, its format (None: detected) and options."""

    model_config = ConfigDict(extra="forbid")
    text: str
    input_format: str | None = None
    options: OptionsIn = Field(default_factory=OptionsIn)


class EmailIn(BaseModel):
    """``POST /api/briefings/{id}/email``: recipients; ``send`` delivers it through the server's SMTP settings."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    to: list[str]
    cc: list[str] = []
    sender: str | None = Field(default=None, alias="from")
    attach_deck: bool = False
    send: bool = False


def links(record: Record) -> dict[str, str]:
    base = f"/api/briefings/{record.id}"
    return {"self": base, "page": f"/briefings/{record.id}", "preview": f"/briefings/{record.id}/preview",
            "deck": f"{base}/deck.pptx", "memo": f"{base}/memo.pdf", "email": f"{base}/message.eml",
            "data": f"{base}/data.yaml", "zip": f"{base}/briefing.zip"}


def summary_json(record: Record) -> dict[str, Any]:
    options = record.options
    return {"id": record.id, "title": record.title, "created": record.created, "updated": record.updated,
            "date": options.date.isoformat(), "figure_count": record.figures, "links": links(record),
            "options": {"theme": options.theme, "template": options.template, "paper": options.paper,
                        "date": options.date.isoformat(), "editable_charts": options.editable_charts}}


def briefing_json(server: Server, record: Record) -> dict[str, Any]:
    """A briefing as the API returns it: the summary, figures and charts, warnings, the build command."""
    inspected = server.workspace.read_json(record.id, BRIEFING)
    return {**summary_json(record), "figures": inspected["figures"], "charts": inspected["charts"],
            "warnings": list(record.warnings), "build_seconds": record.build_seconds, "command": record.command,
            "message": bool(record.eml)}


def options_from(data: OptionsIn, server: Server) -> BriefingOptions:
    """Checked options: names not on the allow-list are :class:`InputError`; the date is pinned now."""
    template = data.template or NO_TEMPLATE
    server.settings.choices.theme(data.theme)
    server.settings.choices.template(template)
    date = data.date or datetime.datetime.now(datetime.UTC).date()
    return BriefingOptions(date=date, theme=data.theme, template=template, paper=data.paper,
                           editable_charts=data.editable_charts)


async def create_briefing(server: Server, article: bytes, filename: str | None, input_format: str | None,
                          options: BriefingOptions) -> Record:
    """Store and build a new briefing; :class:`ApiError` 413 over the size limit, :class:`InputError`
    for bad input."""
    limit = server.settings.max_bytes
    if len(article) > limit:
        raise ApiError(413, f"the article is larger than the {limit / 2**20:.1f} MB limit")
    if input_format is not None and input_format not in FORMATS:
        raise InputError(f"input_format: {input_format!r} is not one of {', '.join(FORMATS)}")
    suffix = "." + (filename or "").rsplit(".", 1)[-1].lower() if filename and "." in filename else ""
    if suffix not in ARTICLE_SUFFIXES:
        suffix = FORMAT_SUFFIXES[input_format][0] if input_format else ".txt"
    blank = Record(id="", title="", created=now_iso(), updated=now_iso(), article="", options=options)
    record = await server.builder.run(server.builder.create, article, suffix, input_format, blank)
    server.prepare_preview(record)
    return record


async def put_data(server: Server, briefing_id: str, text: str) -> Record:
    """Rebuild with ``text`` as ``data.yaml``; a bad data file is :class:`ApiError` 422."""
    server.workspace.folder(briefing_id)  # 404 before anything else
    try:
        record = await server.builder.run(server.builder.update_data, briefing_id, text)
    except InputError as exc:
        raise ApiError(422, str(exc)) from None
    server.prepare_preview(record)
    return record


async def compose_email(server: Server, briefing_id: str, request: EmailIn) -> tuple[Record, tuple[str, ...], bool]:
    """Compose (and with ``send``, send) the memo's message; the record, warnings, and whether it was sent."""
    to, cc = mail.parse_addresses(request.to, "to"), mail.parse_addresses(request.cc, "cc")
    sender = str(mail.parse_address(request.sender, "from")) if request.sender else None
    if request.send and not server.settings.smtp_host:
        raise InputError("sending needs an SMTP server: start briefing serve with --smtp-host")
    recipients = Recipients(tuple(map(str, to)), tuple(map(str, cc)), sender, request.attach_deck)
    record, composed = await server.builder.run(server.builder.compose, briefing_id, recipients)
    if request.send:  # the .eml is on disk first: a failed send loses nothing
        await asyncio.to_thread(send_eml, server.workspace.file(briefing_id, record.eml), server.settings)
    return record, composed.warnings, request.send


@router.post("/briefings", status_code=201, openapi_extra={"requestBody": {"content": {
    "application/json": {"schema": CreateIn.model_json_schema()},
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "article": {"type": "string", "format": "binary"}, "text": {"type": "string"},
        "input_format": {"type": "string"}, "theme": {"type": "string"}, "template": {"type": "string"},
        "paper": {"type": "string"}, "date": {"type": "string", "format": "date"},
        "editable_charts": {"type": "boolean"}}}}}}})
async def post_briefing(request: Request) -> JSONResponse:
    """Create a briefing from JSON ``{"text", "input_format", "options"}`` or a multipart upload (``article``)."""
    server = server_of(request)
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await request.form(max_files=1, max_fields=20)
        upload = form.get("article")
        if upload is not None and not isinstance(upload, str):
            article, filename = await upload.read(), upload.filename
        else:
            article, filename = str(form.get("text") or "").encode("utf-8"), None
        fields: dict[str, Any] = {k: v for k, v in form.items()
                                  if isinstance(v, str) and k in OptionsIn.model_fields and v != ""}
        fields["editable_charts"] = str(form.get("editable_charts", "")).lower() in ("1", "true", "on", "yes")
        options, input_format = OptionsIn.model_validate(fields), str(form.get("input_format") or "") or None
    else:
        body = CreateIn.model_validate(_json_body(await request.body()))
        article, filename, options, input_format = body.text.encode("utf-8"), None, body.options, body.input_format
    if not article.strip():
        raise InputError("the article is empty: send its text, or a file in 'article'")
    record = await create_briefing(server, article, filename, input_format, options_from(options, server))
    return JSONResponse(briefing_json(server, record), status_code=201)


@router.get("/briefings")
async def list_briefings(request: Request) -> list[dict[str, Any]]:
    """Every briefing of the workspace, the most recently changed first."""
    return [summary_json(record) for record in server_of(request).workspace.records()]


@router.get("/choices")
async def choices(request: Request) -> dict[str, Any]:
    """The names ``options`` may use: themes, templates, papers, input formats."""
    settings = server_of(request).settings
    return {"themes": list(settings.choices.themes), "templates": list(settings.choices.templates),
            "papers": list(PAPERS), "input_formats": list(FORMATS)}


@router.get("/briefings/{briefing_id}")
async def get_briefing(request: Request, briefing_id: str) -> dict[str, Any]:
    server = server_of(request)
    return briefing_json(server, server.workspace.record(briefing_id))


@router.delete("/briefings/{briefing_id}")
async def delete_briefing(request: Request, briefing_id: str) -> dict[str, Any]:
    server = server_of(request)
    await server.builder.run(server.builder.delete, briefing_id)
    return {"id": briefing_id, "deleted": True}


@router.put("/briefings/{briefing_id}/data", openapi_extra={"requestBody": {"content": {
    "application/json": {"schema": {"type": "object", "description": "the --data structure"}},
    "application/yaml": {"schema": {"type": "string"}}}}})
async def put_briefing_data(request: Request, briefing_id: str) -> dict[str, Any]:
    """Replace ``data.yaml`` (the ``--data`` structure, as JSON or YAML) and rebuild."""
    server = server_of(request)
    body = await request.body()
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if content_type == "application/json":
        data = _json_body(body)
        if not isinstance(data, dict):
            raise ApiError(422, "data: expected an object with source, correct, drop, add or series")
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    elif content_type in YAML_TYPES:
        text = _utf8(body)
    else:
        raise ApiError(400, f"send the data as application/json or application/yaml, not {content_type}")
    return briefing_json(server, await put_data(server, briefing_id, text))


@router.post("/briefings/{briefing_id}/email")
async def post_email(request: Request, briefing_id: str, body: EmailIn) -> dict[str, Any]:
    """Compose the memo's message (``message.eml``) and, with ``send``, send it."""
    server = server_of(request)
    server.workspace.folder(briefing_id)
    record, warnings, sent = await compose_email(server, briefing_id, body)
    return {**briefing_json(server, record), "sent": sent, "email_warnings": list(warnings)}


_DOWNLOADS = {"deck.pptx": ("deck", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
              "memo.pdf": ("memo", "application/pdf"), "message.eml": ("eml", "message/rfc822"),
              "data.yaml": ("data", "application/yaml")}


@router.get("/briefings/{briefing_id}/briefing.zip")
async def download_zip(request: Request, briefing_id: str) -> Response:
    """The deck, memo, message (once composed), ``data.yaml``, article and record in one zip."""
    workspace = server_of(request).workspace
    record = workspace.record(briefing_id)
    names = [record.deck, record.memo, *([record.eml] if record.eml else []), DATA, record.article, "record.json"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(f"{record.stem}/{name}", date_time=(*record.options.date.timetuple()[:3], 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, workspace.file(briefing_id, name).read_bytes())
    return Response(buffer.getvalue(), media_type="application/zip",
                    headers={"content-disposition": f'attachment; filename="{record.stem}.zip"'})


@router.get("/briefings/{briefing_id}/{name}")
async def download(request: Request, briefing_id: str, name: str) -> FileResponse:
    """``deck.pptx``, ``memo.pdf``, ``message.eml`` (404 until a message is composed) or ``data.yaml``."""
    if name not in _DOWNLOADS:
        raise ApiError(404, f"no download {name!r}: choose from {', '.join([*_DOWNLOADS, 'briefing.zip'])}")
    workspace = server_of(request).workspace
    record = workspace.record(briefing_id)
    field_name, media_type = _DOWNLOADS[name]
    file_name = DATA if field_name == "data" else getattr(record, field_name)
    if not file_name:
        raise ApiError(404, "no message composed yet: POST the recipients to "
                            f"/api/briefings/{briefing_id}/email first")
    path = workspace.file(briefing_id, file_name)
    return FileResponse(path, media_type=media_type, filename=file_name if field_name == "data" else path.name)


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ApiError(400, "the request body is not UTF-8 text") from None


def _json_body(body: bytes) -> Any:
    try:
        return json.loads(_utf8(body))
    except json.JSONDecodeError as exc:
        raise ApiError(400, f"the request body is not JSON ({exc.msg} at line {exc.lineno})") from None
