"""Home, browsing the bank, one question."""

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse

from mianshi.errors import NotFoundError
from mianshi.services import bank, ingest, mock, study
from mianshi.web.app import WebState, web_state
from mianshi.web.templating import render, render_shared, respond_shared

router = APIRouter()
PAGE_SIZE = 30


@router.get("/")
def home(request: Request, web: WebState = Depends(web_state)):
    summaries = bank.bank_summary(web.db)
    stats = study.study_stats(web.db)
    mastery = {m.module: m for m in stats.modules}
    due = {d.module: d for d in study.due_counts(web.db)}
    most_asked = ingest.frequency_ranking(web.db, limit=10, by="bank")
    mocks = mock.mock_history(web.db)[-5:][::-1]
    recent_days = [d for d in stats.days if d.total][-7:][::-1]
    return render(
        request,
        "home.html",
        summaries=summaries,
        mastery=mastery,
        due=due,
        due_total=sum(d.due for d in due.values()),
        most_asked=most_asked,
        mocks=mocks,
        recent_days=recent_days,
    )


def _optional_int(value: str | None, name: str, low: int, high: int) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except ValueError:
        raise NotFoundError(f"{name} must be a number from {low} to {high}, not '{value}'") from None
    if not low <= number <= high:
        raise NotFoundError(f"{name} must be from {low} to {high}, not {number}")
    return number


@router.get("/questions")
def questions(
    request: Request,
    module: str | None = None,
    topic: str | None = None,
    difficulty: str | None = None,
    sort: str = "frequency",
    page: str = "1",
    web: WebState = Depends(web_state),
):
    level = _optional_int(difficulty, "difficulty", 1, 5)
    number = _optional_int(page, "page", 1, 10_000) or 1
    found = bank.list_questions(web.db, module or None, topic or None, level, sort)
    frequencies = bank.asked_counts(web.db)
    pages = max(1, -(-len(found) // PAGE_SIZE))
    number = min(number, pages)
    shown = found[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
    return render(
        request,
        "questions.html",
        questions=shown,
        total=len(found),
        page=number,
        pages=pages,
        frequencies=frequencies,
        topics=bank.list_topics(web.db),
        filters={"module": module or "", "topic": topic or "", "difficulty": difficulty or "", "sort": sort},
    )


def _question_page(qid: str, db: str | None) -> str:
    view = bank.get_question(qid, db)
    return render_shared("question.html", view=view, q=view.question, asked=bank.asked_by(qid, db))


@router.get("/q/{qid}")
async def question(request: Request, qid: str, web: WebState = Depends(web_state)):
    """Rendered once per question until the database changes (in a worker thread), then
    served from memory with the visitor's CSRF token filled in."""
    page = await web.cache.get(("question", qid), lambda: _question_page(qid, web.db))
    return respond_shared(request, page)


@router.get("/favicon.ico", include_in_schema=False)
def favicon():
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/healthz")
def healthz():
    return {"ok": True}


