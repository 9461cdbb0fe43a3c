"""The web face of mianshi: FastAPI routes and Jinja2 templates over the same services as the CLI.

    >>> from mianshi.web import create_app
    >>> app = create_app(db="/tmp/mianshi.db")   # served by `mianshi serve`

Each module has one job: `app` builds the application, `security` sets the
headers and checks CSRF tokens, `templating` renders pages, `judge_pool` keeps
warm judge workers, `live` holds the review, mock and import sessions in
progress, `charts` draws the SVG charts, and `routes/` holds one router per area.
"""

from mianshi.web.app import create_app

__all__ = ["create_app"]
