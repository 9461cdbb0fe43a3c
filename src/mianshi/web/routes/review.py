"""FSRS review in the browser (same queue and limits as `mianshi review`), and self-check."""

import time

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from fsrs import Rating

from mianshi.errors import MianshiError, NotFoundError
from mianshi.services import bank, study
from mianshi.study.scheduling import RATING_LABELS
from mianshi.web.app import WebState, web_state
from mianshi.web.live import Live, WebReview
from mianshi.web.routes.bank import _optional_int
from mianshi.web.templating import is_htmx, render

router = APIRouter()


@router.get("/review")
def review_home(request: Request, web: WebState = Depends(web_state)):
    return render(
        request, "review_start.html", counts=study.due_counts(web.db), topics=bank.list_topics(web.db)
    )


@router.post("/review/start")
def review_start(
    module: str = Form(""),
    topic: str = Form(""),
    limit: str = Form("50"),
    new: str = Form("10"),
    question: str = Form(""),
    web: WebState = Depends(web_state),
):
    live = Live(value=None)
    session = live.stack.enter_context(
        study.review_session(
            web.db,
            module or None,
            topic or None,
            _optional_int(limit, "limit", 1, 1000) or 50,
            _optional_int(new, "new", 0, 1000) if new != "" else 10,
            question=question or None,  # "review this": one question, whatever its schedule
        )
    )
    live.value = WebReview(session)
    live.value.advance()
    key = web.reviews.add(live)
    return RedirectResponse(f"/review/{key}", status_code=303)


def _live_review(web: WebState, key: str) -> Live:
    live = web.reviews.get(key)
    if live is None:
        raise NotFoundError("this review session has ended (the server restarted?): start a new one")
    return live


def _card_page(request: Request, key: str, review: WebReview, fragment=False):
    message, review.message = review.message, ""
    context = {
        "key": key,
        "review": review,
        "item": review.current,
        "message": message,
        "labels": {int(r): label for r, label in RATING_LABELS.items()},
        "ratings": review.session.queue.ratings,
    }
    if fragment:
        return render(request, "_review_card.html", **context)
    return render(request, "review.html", **context)


@router.get("/review/{key}")
def review_page(request: Request, key: str, web: WebState = Depends(web_state)):
    live = _live_review(web, key)
    return _card_page(request, key, live.value)


@router.post("/review/{key}/rate")
def review_rate(
    request: Request,
    key: str,
    question: str = Form(...),
    rating: str = Form(...),
    web: WebState = Depends(web_state),
):
    live = _live_review(web, key)
    review: WebReview = live.value
    try:
        value = Rating(int(rating))
    except ValueError:
        raise MianshiError(f"rating must be 1 (Again) to 4 (Easy), not '{rating}'") from None
    with live.lock:
        item = review.current
        if item is not None and item.question.id == question:  # else: a repeated click, already done
            duration = int((time.monotonic() - review.shown_at) * 1000)
            rated = review.session.rate(item, value, duration)
            if rated is None:  # rated in another tab or session since it was shown here
                review.skipped.append(item.question.id)
                review.message = f"“{item.question.title}” was already rated in another tab or session: skipped"
            else:
                review.message = f"{RATING_LABELS[value]}: due again in {rated.interval}"
            review.advance()
    if is_htmx(request):
        return _card_page(request, key, review, fragment=True)
    return RedirectResponse(f"/review/{key}", status_code=303)


@router.get("/check/{qid}")
def check_page(request: Request, qid: str, web: WebState = Depends(web_state)):
    question = study.question_for_check(qid, web.db)
    return render(request, "check.html", q=question, result=None, answer="")


@router.post("/check/{qid}")
def check_answer(
    request: Request, qid: str, answer: str = Form(""), web: WebState = Depends(web_state)
):
    checked = study.self_check(qid, answer, web.db)
    name = "_check_result.html" if is_htmx(request) else "check.html"
    return render(request, name, q=checked.question, result=checked.result, answer=answer)
