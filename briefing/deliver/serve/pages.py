"""The server-rendered pages: home (list and new-briefing form), review (figures in their sentences,
corrected inline), preview (every slide and memo page) and the mail form.

Each route takes the request (forms carry the CSRF token, checked here) and returns HTML from the
Jinja2 templates (autoescaped), or a redirect after a change (post, redirect, get), so reloading a
page never repeats an edit. The work is the API module's: pages call the same functions.
"""

from __future__ import annotations

import datetime
from typing import Any

import yaml
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from briefing.deliver.serve import api
from briefing.deliver.serve.app import ApiError, Server, server_of
from briefing.deliver.serve.review import (
    CHARTED_CHOICES,
    data_from_form,
    figure_rows,
    figures_from_json,
    marked,
    number_text,
)
from briefing.deliver.serve.security import (
    CSRF_COOKIE,
    CSRF_FIELD,
    check_form_token,
    cookies,
    new_csrf_token,
)
from briefing.deliver.serve.settings import PAPERS
from briefing.deliver.serve.workspace import BRIEFING, DATA, EXTRACTED, Record
from briefing.errors import InputError
from briefing.model.formatting import format_value
from briefing.model.types import Direction
from briefing.read.formats import FORMATS

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    """A page, with the browser's CSRF token in its forms (and a new token cookie when it had none)."""
    server = server_of(request)
    token = cookies(request.scope).get(CSRF_COOKIE)
    fresh = token is None
    token = token or new_csrf_token()
    response = server.templates.TemplateResponse(request, name, {**context, "csrf": token, "csrf_field": CSRF_FIELD},
                                                 status_code=status)
    if fresh:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
    response.headers["cache-control"] = "no-store"
    return response


async def checked_form(request: Request) -> dict[str, Any]:
    """The posted form, once its CSRF token matches the browser's cookie (else 403)."""
    form = await request.form(max_files=1, max_fields=2000)
    if not check_form_token(request.scope, str(form.get(CSRF_FIELD) or "")):
        raise ApiError(403, "this form is out of date or came from another site: reload the page and try again")
    return dict(form.items())


def home_context(server: Server, error: str = "", text: str = "") -> dict[str, Any]:
    choices = server.settings.choices
    return {"records": server.workspace.records(), "themes": list(choices.themes), "templates": list(choices.templates),
            "papers": PAPERS, "formats": FORMATS, "today": datetime.datetime.now(datetime.UTC).date().isoformat(),
            "error": error, "text": text, "max_mb": server.settings.max_bytes / 2**20}


@router.get("/")
async def home(request: Request) -> Response:
    return render(request, "home.html", home_context(server_of(request)))


@router.post("/briefings")
async def create(request: Request) -> Response:
    server = server_of(request)
    form = await checked_form(request)
    upload = form.get("article")
    text = str(form.get("text") or "")
    if isinstance(upload, UploadFile) and upload.filename:
        article, filename = await upload.read(), upload.filename
    else:
        article, filename = text.encode("utf-8"), None
    try:
        if not article.strip():
            raise InputError("paste an article or choose a file")
        options = api.OptionsIn.model_validate({
            "theme": form.get("theme") or "default", "template": form.get("template") or "none",
            "paper": form.get("paper") or None, "date": form.get("date") or None,
            "editable_charts": bool(form.get("editable_charts"))})
        record = await api.create_briefing(server, article, filename, str(form.get("input_format") or "") or None,
                                           api.options_from(options, server))
    except (InputError, ValueError) as exc:
        return render(request, "home.html", home_context(server, _message(exc), text), status=400)
    return RedirectResponse(f"/briefings/{record.id}", status_code=303)


def review_context(server: Server, record: Record, error: str = "", notice: str = "") -> dict[str, Any]:
    inspected = server.workspace.read_json(record.id, BRIEFING)
    built = figures_from_json(inspected["figures"], BRIEFING)
    extracted = figures_from_json(server.workspace.read_json(record.id, EXTRACTED), EXTRACTED)
    rows, added = figure_rows(extracted, built, inspected["charts"])
    marks = [row.shown for row in rows]
    sections: list[tuple[str, list[Any]]] = [("", [marked(p, marks) for p in _paragraphs(inspected["lead"])])]
    sections.append(("Key Takeaways", [marked(p, marks) for p in inspected["takeaways"]]))
    sections.append(("Analysis", [marked(p, marks) for p in _paragraphs(inspected["analysis"])]))
    sections += [(s["heading"], [marked(p, marks) for p in s["paragraphs"]]) for s in inspected["sections"]]
    named = [(f.quote, f.sentence) for f in extracted]
    data_text = server.workspace.file(record.id, DATA).read_text(encoding="utf-8")
    return {"record": record, "inspected": inspected, "rows": rows, "added": added, "sections": sections,
            "sentence": lambda f: marked(f.sentence, [f]), "number": number_text, "formatted": format_value,
            "shared_quote": lambda f: named.count((f.quote, f.sentence)) > 1,
            "directions": [d.value for d in Direction],
            "charted_choices": CHARTED_CHOICES, "data_text": data_text, "links": api.links(record),
            "error": error, "notice": notice, "can_send": bool(server.settings.smtp_host)}


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


@router.get("/briefings/{briefing_id}")
async def review(request: Request, briefing_id: str) -> Response:
    server = server_of(request)
    record = server.workspace.record(briefing_id)
    notice = {"saved": f"Saved and rebuilt in {record.build_seconds:.2f} s.",
              "mailed": "Message composed.", "sent": "Message sent."}.get(request.query_params.get("done", ""), "")
    return render(request, "review.html", review_context(server, record, notice=notice))


@router.post("/briefings/{briefing_id}")
async def save(request: Request, briefing_id: str) -> Response:
    """The figures form: corrections, drops, charted choices and a new figure, written as ``data.yaml``."""
    server = server_of(request)
    record = server.workspace.record(briefing_id)
    form = {k: v for k, v in (await checked_form(request)).items() if isinstance(v, str)}
    try:
        previous = yaml.safe_load(server.workspace.file(briefing_id, DATA).read_text(encoding="utf-8")) or {}
        extracted = figures_from_json(server.workspace.read_json(briefing_id, EXTRACTED), EXTRACTED)
        data = data_from_form(form, extracted, previous if isinstance(previous, dict) else {})
        header = "# Corrections to the article's figures (the --data format); the workspace writes this file.\n"
        await api.put_data(server, briefing_id, header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    except (InputError, ApiError) as exc:
        return render(request, "review.html", review_context(server, record, error=str(exc)), status=422)
    return RedirectResponse(f"/briefings/{briefing_id}?done=saved", status_code=303)


@router.post("/briefings/{briefing_id}/email")
async def email(request: Request, briefing_id: str) -> Response:
    server = server_of(request)
    record = server.workspace.record(briefing_id)
    form = await checked_form(request)

    def split(name: str) -> list[str]:  # "a@x.com, Bo <bo@y.org>": one field, several addresses
        return [a.strip() for a in str(form.get(name) or "").split(",") if a.strip()]

    try:
        body = api.EmailIn.model_validate({
            "to": split("to"), "cc": split("cc"), "from": str(form.get("from") or "") or None,
            "attach_deck": bool(form.get("attach_deck")), "send": form.get("action") == "send"})
        record, _, sent = await api.compose_email(server, briefing_id, body)
    except InputError as exc:
        return render(request, "review.html", review_context(server, record, error=str(exc)), status=400)
    except Exception as exc:  # noqa: BLE001 - a mail server's refusal is shown on the page
        return render(request, "review.html", review_context(server, record, error=_message(exc)), status=502)
    if not sent and form.get("action") == "download":
        return RedirectResponse(api.links(record)["email"], status_code=303)
    return RedirectResponse(f"/briefings/{briefing_id}?done={'sent' if sent else 'mailed'}#email", status_code=303)


@router.post("/briefings/{briefing_id}/delete")
async def delete(request: Request, briefing_id: str) -> Response:
    server = server_of(request)
    await checked_form(request)
    await server.builder.run(server.builder.delete, briefing_id)
    return RedirectResponse("/", status_code=303)


@router.get("/briefings/{briefing_id}/preview")
async def preview(request: Request, briefing_id: str) -> Response:
    server = server_of(request)
    record = server.workspace.record(briefing_id)
    memo, deck = await server.preview(record)
    return render(request, "preview.html", {"record": record, "memo": memo, "deck": deck, "links": api.links(record)})


@router.get("/previews/{key}/{name}")
async def preview_image(request: Request, key: str, name: str) -> Response:
    path = server_of(request).previews.image(key, name)
    if path is None:
        raise ApiError(404, "no such preview image")
    # Named by the file's SHA-256: an image never changes, so the browser may keep it.
    return FileResponse(path, headers={"cache-control": "public, max-age=31536000, immutable"})


def _message(exc: Exception) -> str:
    if hasattr(exc, "errors"):  # pydantic: the first problem, by field
        first = exc.errors()[0]
        return f"{'.'.join(map(str, first.get('loc', ())))}: {first.get('msg')}"
    return str(exc)
