"""The `mianshi` command. Each area registers its commands from its own module;
command bodies import their services lazily so that start-up stays fast."""

import sys

import typer
from typer.core import TyperOption

from mianshi.cli import bank, ingest, judge, review_matches, search, study, web
from mianshi.cli.console import report_error

_value_type = TyperOption.display_type_rich


def _no_type_for_flags(option: TyperOption, ctx):
    """A flag takes no value: recent Typer versions still print `<bool>` beside it."""
    return None if option.is_flag else _value_type(option, ctx)


TyperOption.display_type_rich = _no_type_for_flags

app = typer.Typer(
    name="mianshi",
    help="面试 mianshi: study for deep-learning, LLM and CV interviews.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)


@app.callback()
def _options(
    ctx: typer.Context,
    db: str = typer.Option(
        None,
        "--db",
        help="Database URL or SQLite file (default: $MIANSHI_DB, else the user data directory).",
    ),
) -> None:
    ctx.obj = {"db": db}


bank.register(app)
ingest.register(app)
review_matches.register(app)
judge.register(app)
search.register(app)
study.register(app)
web.register(app)


def main() -> None:
    from mianshi.errors import MianshiError

    try:
        app()
    except MianshiError as exc:
        report_error(exc)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
