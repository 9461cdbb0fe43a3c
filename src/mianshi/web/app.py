"""The application factory: middleware, static files, routers, error pages."""

from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from mianshi.errors import MianshiError, NotFoundError, QueryError
from mianshi.services._store import close_kept_stores, keep_stores_open
from mianshi.web.judge_pool import JudgePool
from mianshi.web.live import LiveRegistry
from mianshi.web.page_cache import PageCache
from mianshi.web.security import SecurityMiddleware, ServerTiming, csrf_guard
from mianshi.web.templating import is_htmx, render

STATIC = Path(__file__).parent / "static"


class CachedStatic(StaticFiles):
    """The packaged assets; a browser keeps them for an hour instead of asking again per page."""

    def file_response(self, *args, **kwargs):
        response = super().file_response(*args, **kwargs)
        response.headers["cache-control"] = "public, max-age=3600"
        return response


@dataclass
class WebState:
    db: str | None
    judge: JudgePool
    cache: PageCache
    reviews: LiveRegistry = field(default_factory=LiveRegistry)
    mocks: LiveRegistry = field(default_factory=LiveRegistry)
    imports: LiveRegistry = field(default_factory=LiveRegistry)

    def close(self) -> None:
        for registry in (self.reviews, self.mocks, self.imports):
            registry.close()
        self.judge.close()


def create_app(
    db: str | None = None, *, judge_workers: int = 2, warm_judge: bool = True, sandbox: bool = True
) -> FastAPI:
    """The web app over the database `db` (default: as the CLI resolves it)."""
    from mianshi.web.routes import ROUTERS

    state = WebState(db=db, judge=JudgePool(judge_workers, sandboxed=sandbox), cache=PageCache(db))

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        keep_stores_open()
        if warm_judge:
            state.judge.warm_up()
        try:
            yield
        finally:
            state.close()
            close_kept_stores()

    app = FastAPI(
        title="mianshi",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
        dependencies=[Depends(csrf_guard)],
    )
    app.state.web = state
    app.add_middleware(SecurityMiddleware)
    app.add_middleware(ServerTiming)
    app.mount("/static", CachedStatic(directory=STATIC), name="static")
    for router in ROUTERS:
        app.include_router(router)

    @app.exception_handler(MianshiError)
    async def _user_error(request: Request, exc: MianshiError):
        status = 404 if isinstance(exc, NotFoundError) else 400
        return _error_page(request, status, str(exc), type(exc) is QueryError)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        return _error_page(request, exc.status_code, message)

    return app


def _error_page(request: Request, status: int, message: str, query: bool = False):
    name = "_error.html" if is_htmx(request) else "error.html"
    return render(request, name, status_code=status, message=message, status=status)


def web_state(request: Request) -> WebState:
    return request.app.state.web
