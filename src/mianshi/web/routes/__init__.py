"""One router per area of the app."""

from mianshi.web.routes import bank, ingest, mock, problems, review, search, stats

ROUTERS = [
    bank.router,
    search.router,
    review.router,
    mock.router,
    problems.router,
    stats.router,
    ingest.router,
]
