"""Judge problems: list, statement with an editor, submissions judged by the warm pool."""

from fastapi import APIRouter, Depends, Request

from mianshi.errors import MianshiError
from mianshi.services import judge
from mianshi.web.app import WebState, web_state
from mianshi.web.security import MAX_BODY_BYTES
from mianshi.web.templating import render

router = APIRouter()


@router.get("/problems")
def problems(request: Request, tag: str | None = None, web: WebState = Depends(web_state)):
    found = judge.list_problems(tag=tag or None, db=web.db)
    return render(request, "problems.html", problems=found, tag=tag or "")


@router.get("/problems/{slug}")
def problem(request: Request, slug: str, language: str | None = None, web: WebState = Depends(web_state)):
    """The statement and the editor, in `language` when given, else the problem's first."""
    view = judge.get_problem(slug, web.db)
    chosen = judge.choose_language(view.problem, language=language or None)
    starters = {name: judge.starter_code(slug, language=name) for name in view.problem.languages}
    return render(request, "problem.html", view=view, p=view.problem, language=chosen, starters=starters)


@router.post("/problems/{slug}/submit")
async def submit(request: Request, slug: str, web: WebState = Depends(web_state)):
    form = await request.form(max_part_size=MAX_BODY_BYTES)
    code, language = form.get("code"), form.get("language")
    if not isinstance(code, str):
        raise MianshiError("the submission has no code")
    if not isinstance(language, str | None):
        raise MianshiError("the submission's language is not text")
    judge.check_source_size(code)  # refused before it is judged or stored
    outcome = await web.judge.judge(slug, code, web.db, language or None)
    view = judge.get_problem(slug, web.db)
    return render(request, "_verdict.html", outcome=outcome, r=outcome.report, view=view)
