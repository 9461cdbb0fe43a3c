"""Mock interviews in the browser: questions, follow-ups (追问), the report, the history."""

import time

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from mianshi.errors import NotFoundError
from mianshi.services import mock
from mianshi.study.mock import ROLES
from mianshi.web.app import WebState, web_state
from mianshi.web.live import Live
from mianshi.web.routes.bank import _optional_int
from mianshi.web.templating import is_htmx, render

router = APIRouter()


@router.get("/mock")
def mock_home(request: Request):
    return render(request, "mock_start.html", roles=ROLES)


@router.post("/mock/start")
def mock_start(
    role: str = Form("general"),
    n: str = Form("8"),
    minutes: str = Form("30"),
    web: WebState = Depends(web_state),
):
    live = Live(value=None)
    run = live.stack.enter_context(
        mock.mock_interview(
            web.db,
            role,
            _optional_int(n, "questions", 1, 50) or 8,
            _optional_int(minutes, "minutes", 1, 600) or 30,
        )
    )
    live.value = run
    live.extra.update(asked=run.next(), asked_at=time.monotonic(), feedback=None)
    key = web.mocks.add(live)
    if live.extra["asked"] is None:
        return _finished(web, key, live, htmx=False)
    return RedirectResponse(f"/mock/{key}", status_code=303)


def _live_mock(web: WebState, key: str) -> Live:
    live = web.mocks.get(key)
    if live is None:
        raise NotFoundError("this mock interview has ended (the server restarted?): see /mock/history")
    return live


def _finished(web: WebState, key: str, live: Live, htmx: bool, reason: str | None = None):
    report = live.value.finish(reason)
    web.mocks.drop(key)
    url = f"/mock/report/{report.mock_id}"
    if htmx:
        return Response(status_code=204, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)


@router.get("/mock/history")
def mock_history(request: Request, web: WebState = Depends(web_state)):
    return render(request, "mock_history.html", sessions=mock.mock_history(web.db)[::-1])


@router.get("/mock/report/{mock_id}")
def mock_report(request: Request, mock_id: int, web: WebState = Depends(web_state)):
    return render(request, "mock_report.html", report=mock.mock_report(mock_id, web.db))


@router.get("/mock/{key}")
def mock_page(request: Request, key: str, web: WebState = Depends(web_state)):
    live = _live_mock(web, key)
    return render(request, "mock.html", key=key, run=live.value, **live.extra)


@router.post("/mock/{key}/answer")
def mock_answer(
    request: Request,
    key: str,
    question: str = Form(...),
    answer: str = Form(""),
    action: str = Form("answer"),
    web: WebState = Depends(web_state),
):
    live = _live_mock(web, key)
    run = live.value
    with live.lock:
        if action == "quit":
            return _finished(web, key, live, is_htmx(request), "quit")
        asked = live.extra["asked"]
        if asked is not None and asked.question.id == question:  # else: a repeated click
            text = "" if action == "skip" else answer
            result = run.answer(asked, text, time.monotonic() - live.extra["asked_at"])
            live.extra.update(
                feedback={"title": asked.question.title, "result": result},
                asked=run.next(),
                asked_at=time.monotonic(),
            )
        if live.extra["asked"] is None:
            return _finished(web, key, live, is_htmx(request))
    if is_htmx(request):
        return render(request, "_mock_step.html", key=key, run=run, **live.extra)
    return RedirectResponse(f"/mock/{key}", status_code=303)
