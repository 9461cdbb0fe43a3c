"""`mianshi export anki|markdown`, `mianshi backup` and `mianshi restore`."""

import sys
from pathlib import Path

import typer

from mianshi.cli.console import console, db_option

export_app = typer.Typer(
    help="Export the bank: an Anki package or printable Markdown.", no_args_is_help=True
)


@export_app.command("anki")
def export_anki(
    ctx: typer.Context,
    path: Path = typer.Argument(..., metavar="FILE.apkg"),
    module: str = typer.Option(None, "--module", "-m", help="Only this module."),
) -> None:
    """One note per question (key points, formulas, highlighted code), a tag per module/topic."""
    from rich.progress import Progress

    from mianshi.services.study_export import count_for_export, export_anki

    db = db_option(ctx)
    total = count_for_export(module, db)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("Writing notes", total=total)
        count = export_anki(path, module, db, lambda: progress.advance(task))
    console.print(f"Wrote {count} notes to [cyan]{path}[/] (import it in Anki: File → Import)")


@export_app.command("markdown")
def export_markdown(ctx: typer.Context, folder: Path = typer.Argument(..., metavar="DIR")) -> None:
    """One revision sheet per module, most-asked questions first."""
    from mianshi.services.study_export import export_markdown

    files = export_markdown(folder, db_option(ctx))
    console.print(f"Wrote {len(files)} files to [cyan]{folder}[/]")
    for f in files:
        console.print(f"  {f.name}", highlight=False)


def backup(ctx: typer.Context, path: Path = typer.Argument(..., metavar="FILE")) -> None:
    """Save all user state (cards, reviews, mock interviews, self-checks, submissions) as JSON."""
    from mianshi.services.study_export import backup

    summary = backup(path, db_option(ctx))
    rows = ", ".join(f"{n} {t}" for t, n in summary.rows.items())
    console.print(f"Backed up to [cyan]{path}[/]: {rows}")


def restore(
    ctx: typer.Context,
    path: Path = typer.Argument(..., metavar="FILE"),
    force: bool = typer.Option(False, "--force", help="Replace existing state (a copy is kept)."),
) -> None:
    """Replace all user state by a backup. Over existing state: asks, or needs --force."""
    from mianshi.services.study_export import restore
    from mianshi.study.backup import ExistingStateError

    db = db_option(ctx)
    try:
        summary = restore(path, db, force)
    except ExistingStateError as exc:
        if not sys.stdin.isatty():
            raise
        console.print(
            f"[yellow]The database already holds study state ({exc.held}); restoring replaces "
            "it, after saving a copy.[/]"
        )
        if not typer.confirm("Replace it?", default=False):
            raise typer.Exit(1) from None
        summary = restore(path, db, force=True)
    if summary.safety_copy:
        console.print(f"The previous state was saved to [cyan]{summary.safety_copy}[/]")
    rows = ", ".join(f"{n} {t}" for t, n in summary.rows.items()) or "nothing"
    console.print(f"Restored from [cyan]{path}[/]: {rows}")
