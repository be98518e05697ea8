"""Safe by default: the Host, token, cross-site and body-size rules, as one ASGI middleware.

:class:`Guard` wraps the app and takes the :class:`~briefing.deliver.serve.settings.ServeSettings`.
For every HTTP request it

- refuses a Host header that names another site (a DNS-rebinding page could otherwise talk to a
  server on 127.0.0.1): on a loopback address only ``localhost`` and loopback addresses are taken;
- with a token, lets in only a request that carries it: ``Authorization: Bearer TOKEN`` (API
  clients) or the cookie a browser gets by opening the printed URL with ``?token=`` once;
- refuses a state-changing request that a browser marks as coming from another site (``Origin``,
  ``Sec-Fetch-Site``), and one from a browser that lacks the CSRF token: pages put it in their
  forms (checked by :func:`check_form_token`), scripts send it as ``X-CSRF-Token`` — API clients
  that are not browsers (no cookie, no ``Origin``) need neither;
- answers 413 as soon as a body is larger than ``settings.body_limit`` (by ``Content-Length``, or
  while it streams in), before it is read whole;
- adds a Content-Security-Policy that runs only the server's own scripts, so even markup that got
  past the templates' escaping could not run.

Refusals are JSON ``{"error": ...}`` with 400, 401, 403 or 413.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

from briefing.deliver.serve.settings import ServeSettings, is_loopback

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "briefing_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
SECURITY_HEADERS = [
    (b"content-security-policy", (b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                  b"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")),
    (b"x-content-type-options", b"nosniff"),
    # same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" even on our own forms.
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class BodyTooLarge(Exception):
    """A request body went over the limit while it streamed in."""


def token_cookie_name(settings: ServeSettings) -> str:
    # Cookies are shared by every port of a host: the port in the name keeps two servers apart.
    return f"briefing_token_{settings.port}"


def cookies(scope: Scope) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            with contextlib.suppress(CookieError):  # a malformed cookie header is no cookie
                jar.load(value.decode("latin-1"))
    return {key: morsel.value for key, morsel in jar.items()}


def check_form_token(scope: Scope, submitted: str | None) -> bool:
    """Whether a page form's ``csrf_token`` field matches the browser's CSRF cookie."""
    expected = cookies(scope).get(CSRF_COOKIE)
    return bool(expected and submitted and hmac.compare_digest(expected, submitted))


def new_csrf_token() -> str:
    return secrets.token_urlsafe(24)


class Guard:
    """The ASGI middleware described in the module docstring."""

    def __init__(self, app: ASGIApp, settings: ServeSettings) -> None:
        self.app, self.settings = app, settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            status, message, extra = refusal
            await _respond(send, status, {"error": message} if message else None, extra)
            return
        if "content-length" in headers:
            try:
                declared = int(headers["content-length"])
            except ValueError:
                await _respond(send, 400, {"error": "Content-Length is not a number"})
                return
            if declared > self.settings.body_limit:
                await _respond(send, 413, {"error": self._too_large()})
                return
        await self.app(scope, self._limited(receive), _with_headers(send))

    def _too_large(self) -> str:
        return f"the request is larger than the {self.settings.max_bytes / 2**20:.1f} MB limit for an article"

    def _limited(self, receive: Receive) -> Receive:
        seen = 0

        async def wrapped() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.settings.body_limit:
                raise BodyTooLarge(self._too_large())
            return message

        return wrapped

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, list[tuple[bytes, bytes]]] | None:
        """(status, message, extra headers) when the request must not reach the app, else None."""
        host = _hostname(headers.get("host", ""))
        if is_loopback(self.settings.host) and not is_loopback(host):
            return 400, f"this server answers to localhost only, not to the host {host!r}", []
        token = self.settings.token
        if token is not None:
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            offered = query.get("token")
            if offered is not None and scope["method"] == "GET" and hmac.compare_digest(offered, token):
                return self._token_redirect(scope, query)
            bearer = headers.get("authorization", "")
            by_header = bearer.lower().startswith("bearer ") and hmac.compare_digest(bearer[7:].strip(), token)
            by_cookie = hmac.compare_digest(cookies(scope).get(token_cookie_name(self.settings), ""), token)
            if not (by_header or by_cookie):
                return 401, ("a token is needed: open the URL the server printed, "
                             "or send 'Authorization: Bearer TOKEN'"), []
            scope.setdefault("state", {})["bearer"] = by_header
        if scope["method"] not in _SAFE_METHODS:
            return self._cross_site(scope, headers)
        return None

    def _token_redirect(self, scope: Scope, query: dict[str, str]) -> tuple[int, str, list[tuple[bytes, bytes]]]:
        """Trade ``?token=`` for a cookie, and send the browser to the same page without it (so the
        token stays out of the history and of any link the page shows)."""
        rest = urlencode({k: v for k, v in query.items() if k != "token"})
        location = scope.get("path", "/") + (f"?{rest}" if rest else "")
        cookie = (f"{token_cookie_name(self.settings)}={self.settings.token}; Path=/; HttpOnly; SameSite=Strict")
        return 303, "", [(b"location", location.encode("latin-1")), (b"set-cookie", cookie.encode("latin-1"))]

    def _cross_site(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, list[tuple[bytes, bytes]]] | None:
        origin, fetch_site = headers.get("origin"), headers.get("sec-fetch-site", "")
        if origin is not None and _hostport(origin) != headers.get("host", "").lower():
            return 403, f"cross-site request refused (from {origin})", []
        if fetch_site in ("cross-site", "same-site"):
            return 403, "cross-site request refused", []
        if scope.get("state", {}).get("bearer"):
            return None  # a script holding the token: no other site can send that header
        is_api = scope.get("path", "").startswith("/api/")
        from_browser = origin is not None or "cookie" in headers or bool(fetch_site)
        if is_api and from_browser:
            expected, sent = cookies(scope).get(CSRF_COOKIE), headers.get(CSRF_HEADER)
            if not (expected and sent and hmac.compare_digest(expected, sent)):
                return 403, "the X-CSRF-Token header is missing or does not match this browser's page", []
        return None  # page forms are checked by their handlers (check_form_token)


def _hostname(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _hostport(origin: str) -> str:
    """``http://127.0.0.1:8000`` -> ``127.0.0.1:8000``, to compare with the Host header."""
    return origin.split("://", 1)[-1].rstrip("/").lower()


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {name.lower() for name, _ in message.get("headers", [])}
            message["headers"] = [*message.get("headers", []), *(h for h in SECURITY_HEADERS if h[0] not in names)]
        await send(message)

    return wrapped


async def _respond(send: Send, status: int, body: dict[str, str] | None,
                   extra: list[tuple[bytes, bytes]] | None = None) -> None:
    data = json.dumps(body).encode("utf-8") if body is not None else b""
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
               *SECURITY_HEADERS, *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})
