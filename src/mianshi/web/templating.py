"""Jinja2 templates: autoescaped, with the sanitising Markdown renderer as the only way to HTML."""

import secrets
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from mianshi.judge.problem import LANGUAGE_NAMES
from mianshi.study.answer_html import markdown_to_html

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=16384)  # above the bank's answers and key points (4,905 for 762 questions)
def _rendered(markdown: str) -> str:
    return markdown_to_html(markdown, target="web")


def markdown_filter(markdown: str | None) -> Markup:
    """Markdown rendered and sanitised by nh3 (see study/answer_html.py): safe to insert."""
    return Markup(_rendered(markdown or ""))


def stars(difficulty: int | None) -> str:
    return "★" * difficulty + "☆" * (5 - difficulty) if difficulty else "-"


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def duration(value: timedelta | None) -> str:
    if value is None:
        return "-"
    seconds = int(value.total_seconds())
    return f"{seconds // 60}:{seconds % 60:02d}"


def when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else "-"


def query_url(path: str, **params) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(clean)}" if clean else path


templates = Jinja2Templates(directory=str(TEMPLATES))
templates.env.filters.update(markdown=markdown_filter, stars=stars, percent=percent)
templates.env.filters.update(duration=duration, when=when)
templates.env.globals.update(query_url=query_url, language_names=LANGUAGE_NAMES)


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def render(request: Request, name: str, status_code: int = 200, **context):
    """A page or fragment, with the visitor's CSRF token for its forms."""
    context.setdefault("csrf_token", request.state.csrf_token)
    return templates.TemplateResponse(request, name, context, status_code=status_code)


# A page rendered once for every visitor carries this in place of the CSRF token.
CSRF_SLOT = f"csrf-slot-{secrets.token_hex(16)}"


def render_shared(name: str, **context) -> str:
    """A page as text for any visitor (cacheable): `respond_shared` fills in the visitor's token."""
    return templates.get_template(name).render(csrf_token=CSRF_SLOT, **context)


def respond_shared(request: Request, page: str) -> HTMLResponse:
    return HTMLResponse(page.replace(CSRF_SLOT, request.state.csrf_token))
