"""Security headers on every response and the CSRF token of every state-changing request.

The CSRF token is a random value in a SameSite=Strict cookie; each form carries it
in a hidden field and htmx sends it in the X-CSRF-Token header (set by app.js).
A POST without a matching token is refused with 403 before its route runs.
"""

import hmac
import secrets
import time
from http.cookies import SimpleCookie

from fastapi import HTTPException, Request

CSRF_COOKIE = "mianshi_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        # CodeMirror sets style attributes on its elements; styles cannot run script.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]


def _cookie_token(headers: list[tuple[bytes, bytes]]) -> str | None:
    for name, value in headers:
        if name == b"cookie":
            cookie = SimpleCookie()
            try:
                cookie.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header is treated as none
                return None
            morsel = cookie.get(CSRF_COOKIE)
            if morsel is not None and len(morsel.value) == 43:
                return morsel.value
    return None


MAX_BODY_BYTES = 2 << 20  # any request but an upload: a judge submission is at most 1 MB
MAX_UPLOAD_BYTES = 20 << 20  # an import upload, all files together
UPLOAD_PATHS = ("/import",)


def body_limit(path: str) -> int:
    return MAX_UPLOAD_BYTES if path.startswith(UPLOAD_PATHS) else MAX_BODY_BYTES


def _declared_length(headers: list[tuple[bytes, bytes]]) -> int | None:
    for name, value in headers:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(send, status: int, message: str) -> None:
    body = message.encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), *_HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})


class ServerTiming:
    """Pure ASGI: a `Server-Timing: app;dur=ms` header, the time until the response started."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def send_timed(message):
            if message["type"] == "http.response.start":
                spent = (time.perf_counter() - start) * 1000
                headers = [*message.get("headers", []), (b"server-timing", f"app;dur={spent:.2f}".encode())]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_timed)


class SecurityMiddleware:
    """Pure ASGI: gives every visitor a CSRF token and every response the security headers;
    refuses request bodies over their size limit before anything reads them."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] not in SAFE_METHODS:
            length = _declared_length(scope["headers"])
            limit = body_limit(scope["path"])
            if length is None:
                await _refuse(send, 411, "the request must say its length (Content-Length)")
                return
            if length > limit:
                await _refuse(
                    send,
                    413,
                    f"the request is {length / 2**20:.1f} MB: the limit here is {limit >> 20} MB",
                )
                return
        token = _cookie_token(scope["headers"])
        fresh = token is None
        if fresh:
            token = secrets.token_urlsafe(32)
        scope.setdefault("state", {})["csrf_token"] = token

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(_HEADERS)
                if fresh:
                    cookie = f"{CSRF_COOKIE}={token}; Path=/; SameSite=Strict; HttpOnly"
                    headers.append((b"set-cookie", cookie.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def csrf_token(request: Request) -> str:
    return request.state.csrf_token


async def csrf_guard(request: Request) -> None:
    """Refuse a state-changing request whose token does not match the visitor's cookie."""
    if request.method in SAFE_METHODS:
        return
    expected = request.cookies.get(CSRF_COOKIE)
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        # Fields up to the body limit: a route checks its own, smaller limits with a clear message.
        form = await request.form(max_part_size=MAX_BODY_BYTES)
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not expected or not sent or not hmac.compare_digest(expected, sent):
        raise HTTPException(
            403, "the form's security token is missing or out of date: reload the page and retry"
        )
