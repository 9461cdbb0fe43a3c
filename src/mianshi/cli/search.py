"""The search command."""

import json
from contextlib import contextmanager

import typer

from mianshi.cli.console import console, db_option, err_console, stars

SEARCH_HELP = """Search the question bank in Chinese or English; abbreviations and synonyms count
as one (BN = BatchNorm = 批归一化).

Quotes are optional: `mianshi search transformer 为啥用 LN 不用 BN`.
The index is built on the first search and rebuilt when the bank or imported data change.
"""


def register(app: typer.Typer) -> None:
    app.command("search", help=SEARCH_HELP)(search)


@contextmanager
def _build_progress():
    """A progress bar on stderr, shown only if the index has to be built."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = None
    task = None

    def report(done: int, total: int) -> None:
        nonlocal bar, task
        if bar is None:
            bar = Progress(
                TextColumn("indexing"),
                BarColumn(),
                MofNCompleteColumn(),
                console=err_console,
                transient=True,
            )
            bar.start()
            task = bar.add_task("index", total=total)
        bar.update(task, completed=done, total=total)

    try:
        yield report
    finally:
        if bar is not None:
            bar.stop()


def _results_table(response):
    from rich.markup import escape
    from rich.table import Table

    table = Table(
        title=f"{len(response.results)} results for “{escape(response.query)}”",
        title_justify="left",
    )
    table.add_column("#", justify="right", style="dim")
    table.add_column("question", ratio=1, overflow="fold")
    table.add_column("level", style="yellow", no_wrap=True)
    table.add_column("freq", justify="right")
    table.add_column("score", justify="right", style="dim")
    for rank, r in enumerate(response.results, start=1):
        lines = [f"[bold]{escape(r.title)}[/]"]
        if r.title_en:
            lines.append(f"[dim]{escape(r.title_en)}[/]")
        lines.append(f"[cyan]{escape(r.id)}[/] [dim]{r.module}/{r.topic}[/]")
        if r.kind == "imported":
            lines.append("[magenta]imported: not in the bank yet[/]")
        if r.problem:
            lines.append(f"[green]▶ problem[/] [cyan]{escape(r.problem)}[/] [dim]mianshi problem {escape(r.problem)}[/]")
        table.add_row(
            str(rank),
            "\n".join(lines),
            stars(r.difficulty) if r.difficulty else "-",
            str(r.frequency) if r.frequency else "-",
            f"{r.score:.1f}",
        )
    if response.concepts:
        table.caption = "concepts: " + escape(" · ".join(response.concepts))
        table.caption_justify = "left"
    return table


def search(
    ctx: typer.Context,
    query: list[str] = typer.Argument(..., metavar="QUERY", help="What to look for."),
    module: str = typer.Option(None, "--module", "-m", help="Only this module, e.g. llm."),
    topic: str = typer.Option(None, "--topic", "-t", help="Only this topic, e.g. normalization."),
    difficulty: int = typer.Option(None, "--difficulty", "-d", help="Only this difficulty (1-5)."),
    min_frequency: int = typer.Option(
        None, "--min-frequency", "-f", help="Only questions asked by at least N sources."
    ),
    has_problem: bool = typer.Option(
        None, "--has-problem/--no-problem", help="Only questions with (or without) a judge problem."
    ),
    limit: int = typer.Option(10, "--limit", "-n", min=1, max=200, help="How many results."),
    as_json: bool = typer.Option(False, "--json", help="Print the results as a JSON list."),
) -> None:
    from rich.markup import escape

    from mianshi.services.search import search as run_search

    with _build_progress() as progress:
        response = run_search(
            " ".join(query),
            db_option(ctx),
            module=module,
            topic=topic,
            difficulty=difficulty,
            min_frequency=min_frequency,
            has_problem=has_problem,
            limit=limit,
            progress=progress,
        )
    for notice in response.notices:
        err_console.print(f"[dim]{escape(notice)}[/]", highlight=False)
    hint = f"did you mean: {response.did_you_mean}" if response.did_you_mean else None
    if as_json:
        print(json.dumps([r.to_dict() for r in response.results], ensure_ascii=False, indent=2))
        if hint:
            err_console.print(hint, highlight=False)
        return
    if response.results:
        console.print(_results_table(response))
    else:
        console.print(f"No questions match “{escape(response.query)}”.", highlight=False)
    if hint:
        console.print(
            f"[yellow]{escape(hint)}[/]  (mianshi search '{escape(response.did_you_mean)}')",
            highlight=False,
        )
