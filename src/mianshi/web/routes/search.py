"""Search as you type: the same service, ranking and filters as `mianshi search`."""

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from mianshi.errors import MianshiError
from mianshi.services import bank
from mianshi.services.search import search as search_bank
from mianshi.web.app import WebState, web_state
from mianshi.web.routes.bank import _optional_int
from mianshi.web.templating import is_htmx, render

router = APIRouter()
LIMIT = 20


@router.get("/search")
async def search(
    request: Request,
    q: str = "",
    module: str | None = None,
    topic: str | None = None,
    difficulty: str | None = None,
    problem: str | None = None,
    web: WebState = Depends(web_state),
):
    filters = {"module": module or "", "topic": topic or "", "difficulty": difficulty or "", "problem": problem or ""}
    response, error = None, None
    if q.strip():
        try:
            response = await run_in_threadpool(
                search_bank,
                q,
                web.db,
                module=module or None,
                topic=topic or None,
                difficulty=_optional_int(difficulty, "difficulty", 1, 5),
                has_problem=True if problem else None,
                limit=LIMIT,
            )
        except MianshiError as exc:
            error = str(exc)
    context = {"q": q, "response": response, "error": error, "filters": filters}
    if is_htmx(request):
        return render(request, "_search_results.html", **context)
    topics = await web.cache.get(("topics",), lambda: bank.list_topics(web.db))
    return render(request, "search.html", topics=topics, **context)
