"""Import uploads (progress while it runs), sources, the frequency ranking, the gaps, and
the uncertain bank matches a person decides."""

import threading

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from starlette.datastructures import UploadFile

from mianshi.errors import MianshiError, NotFoundError
from mianshi.services import bank, ingest
from mianshi.web.app import WebState, web_state
from mianshi.web.live import Live
from mianshi.web.routes.bank import _optional_int
from mianshi.web.templating import is_htmx, render
from mianshi.web.uploads import MAX_FILE_BYTES, MAX_TOTAL_BYTES, Upload, UploadError, save_uploads

router = APIRouter()
STAGES = {"read": "读取 reading", "analyse": "分析 analysing", "cluster": "聚类 clustering"}


@router.get("/import")
def import_page(request: Request):
    return render(
        request, "import.html", max_file=MAX_FILE_BYTES >> 20, max_total=MAX_TOTAL_BYTES >> 20, error=None
    )


class ImportJob:
    """One import running in a thread; the page polls its progress."""

    def __init__(self, paths, db):
        self.paths = paths
        self.stage, self.done, self.total = "start", 0, 0
        self.report = None
        self.error: str | None = None
        self.finished = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(db,), daemon=True)

    def progress(self, stage: str, done: int, total: int) -> None:
        self.stage, self.done, self.total = stage, done, total

    def _run(self, db) -> None:
        try:
            self.report = ingest.import_paths(self.paths, db, progress=self.progress)
        except MianshiError as exc:
            self.error = str(exc)
        except Exception as exc:  # shown on the page; the import's transaction was rolled back
            self.error = f"the import failed ({type(exc).__name__}: {exc}); nothing was changed"
        finally:
            self.finished.set()


@router.post("/import")
async def import_upload(request: Request, web: WebState = Depends(web_state)):
    form = await request.form(max_files=200)
    uploads = []
    for item in form.getlist("files"):
        if isinstance(item, UploadFile) and item.filename:
            uploads.append(Upload(item.filename, await item.read()))
    try:
        paths = save_uploads(uploads)
    except UploadError as exc:
        return render(
            request, "import.html", status_code=400, error=str(exc),
            max_file=MAX_FILE_BYTES >> 20, max_total=MAX_TOTAL_BYTES >> 20,
        )  # fmt: skip
    job = ImportJob(paths, web.db)
    key = web.imports.add(Live(value=job))
    job.thread.start()
    return RedirectResponse(f"/import/{key}", status_code=303)


@router.get("/import/{key}")
def import_progress(request: Request, key: str, web: WebState = Depends(web_state)):
    live = web.imports.get(key)
    if live is None:
        raise NotFoundError("no such import (the server restarted?): see /sources")
    job: ImportJob = live.value
    name = "_import_progress.html" if is_htmx(request) else "import_progress.html"
    return render(request, name, key=key, job=job, stages=STAGES)


@router.get("/sources")
def sources(request: Request, web: WebState = Depends(web_state)):
    rows = ingest.list_sources(web.db)
    return render(request, "sources.html", sources=rows, names={r.id: r.name for r in rows})


def _modules(web: WebState) -> list:
    return list({t.module: t for t in bank.list_topics(web.db)}.values())


@router.get("/frequency")
def frequency(
    request: Request,
    module: str | None = None,
    by: str = "both",
    limit: str = "50",
    web: WebState = Depends(web_state),
):
    if by not in FREQUENCY_VIEWS:
        raise MianshiError(f"by must be one of {', '.join(FREQUENCY_VIEWS)}, not '{by}'")
    rows = ingest.frequency_ranking(
        web.db, module or None, _optional_int(limit, "limit", 1, 5000), by=by
    )
    return render(
        request,
        "frequency.html",
        rows=rows,
        module=module or "",
        by=by,
        views=FREQUENCY_VIEWS,
        modules=_modules(web),
    )


FREQUENCY_VIEWS = {
    "both": "bank question, or the imported one",
    "imported": "imported question",
    "bank": "bank questions only",
}


@router.get("/gaps")
def gaps(
    request: Request, module: str | None = None, limit: str = "50", web: WebState = Depends(web_state)
):
    rows = ingest.list_gaps(web.db, module or None, _optional_int(limit, "limit", 1, 5000))
    return render(
        request,
        "gaps.html",
        rows=rows,
        module=module or "",
        modules=_modules(web),
        uncertain=ingest.count_uncertain(web.db),
    )




@router.get("/matches")
def matches(request: Request, web: WebState = Depends(web_state)):
    return render(
        request,
        "matches.html",
        rows=ingest.list_uncertain(web.db, 100),
        total=ingest.count_uncertain(web.db),
        pairs=ingest.list_doubts(web.db, 100),
        pairs_total=ingest.count_doubts(web.db),
    )


@router.post("/matches/{key}")
async def decide(request: Request, key: str, web: WebState = Depends(web_state)):
    form = await request.form()
    choice = form.get("choice")
    if not isinstance(choice, str) or not choice.strip():
        raise MianshiError("say which bank question it asks, or none")
    choice = choice.strip()
    ingest.decide_match(key, None if choice == "none" else choice, web.db)
    return RedirectResponse("/matches", status_code=303)


@router.post("/pairs/{pair_key}")
async def decide_pair(request: Request, pair_key: str, web: WebState = Depends(web_state)):
    form = await request.form()
    choice = form.get("choice")
    if choice not in ("same", "different"):
        raise MianshiError("say whether the two ask the same question: same or different")
    ingest.decide_pair(pair_key, choice == "same", web.db)
    return RedirectResponse("/matches#pairs", status_code=303)
