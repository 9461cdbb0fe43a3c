"""Bank commands: init, list, show, validate."""

from pathlib import Path

import typer

from mianshi.cli.console import console, db_option, stars


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("list")(list_)
    app.command("show")(show)
    app.command("validate")(validate)


def _summary_table(summaries):
    from rich.table import Table

    table = Table(title="题库 Question bank", show_footer=True)
    total = sum(s.questions for s in summaries)
    table.add_column("module", footer="total")
    table.add_column("模块")
    table.add_column("questions", justify="right", footer=str(total))
    table.add_column("topics", justify="right")
    table.add_column("difficulty", justify="right")
    for s in summaries:
        table.add_row(
            s.module,
            s.name,
            str(s.questions),
            f"{s.topics_covered}/{s.topics_total}",
            f"{s.mean_difficulty:.1f}" if s.questions else "-",
        )
    return table


def init(ctx: typer.Context) -> None:
    """Create or migrate the database and load the question bank into it."""
    from mianshi.services.bank import init_database

    result = init_database(db_option(ctx))
    sync = result.sync
    console.print(f"Database: [cyan]{result.url}[/]")
    console.print(
        f"Bank: {len(sync.added)} added, {len(sync.updated)} updated, "
        f"{len(sync.retired)} retired, {sync.unchanged} unchanged"
    )
    if result.rematched:
        console.print(
            f"Imported questions matched again to the changed bank: {result.rematched} "
            "(`mianshi gaps` and `frequency` follow it)"
        )
    console.print(_summary_table(result.summaries))


def list_(
    ctx: typer.Context,
    module: str = typer.Option(None, "--module", "-m", help="Only this module, e.g. llm."),
    topic: str = typer.Option(None, "--topic", "-t", help="Only this topic, e.g. normalization."),
    difficulty: int = typer.Option(None, "--difficulty", "-d", help="Only this difficulty (1-5)."),
    sort: str = typer.Option(
        None, "--sort", help="frequency (most asked first), difficulty or title; default: bank order."
    ),
) -> None:
    """List questions, optionally filtered."""
    from rich.markup import escape
    from rich.table import Table

    from mianshi.services.bank import list_questions

    questions = list_questions(db_option(ctx), module, topic, difficulty, sort)
    if not questions:
        console.print("No questions match.")
        return
    # The title gets the width; the id (for `show ID`) and topic go under it.
    table = Table(title=f"{len(questions)} questions", title_justify="left")
    table.add_column("question", ratio=1)
    table.add_column("level", style="yellow", no_wrap=True)
    for q in questions:
        table.add_row(
            f"{escape(q.title)}\n[cyan]{escape(q.id)}[/] [dim]{q.module}/{q.topic}[/]",
            stars(q.difficulty),
        )
    console.print(table)


def show(ctx: typer.Context, question_id: str = typer.Argument(..., metavar="ID")) -> None:
    """Show one question with its metadata and answer."""
    from rich.markdown import Markdown
    from rich.panel import Panel

    from mianshi.services.bank import asked_by, get_question
    from mianshi.study.answer_html import formulas_as_code

    view = get_question(question_id, db_option(ctx))
    q, t = view.question, view.topic
    asked = asked_by(question_id, db_option(ctx))
    console.print(Panel.fit(f"[bold]{q.title}[/]\n[dim]{q.title_en}[/]", title=q.id))
    console.print(
        f"[dim]module[/] {t.module_name} ({q.module})  [dim]topic[/] {t.name} ({q.topic})  "
        f"[dim]difficulty[/] [yellow]{stars(q.difficulty)}[/]"
    )
    if asked.sources:
        console.print(
            f"[dim]asked by[/] {asked.frequency} independent collection(s): "
            f"{', '.join(asked.sources)}",
            highlight=False,
        )
    if q.aliases:
        console.print(f"[dim]also asked as[/] {' · '.join(q.aliases)}")
    console.print("\n[bold]要点 Key points[/]")
    for point in q.keypoints:
        console.print(f"  • {point}", highlight=False)
    console.print()
    console.print(Markdown(formulas_as_code(q.answer)))
    if view.related:
        console.print("\n[bold]追问 Follow-ups[/]")
        for rid, title in view.related:
            console.print(f"  → [cyan]{rid}[/] {title}", highlight=False)
    if q.problem:
        console.print(f"\n[bold]手撕 Practice[/] mianshi problem [cyan]{q.problem}[/]")


def validate(
    path: Path = typer.Argument(None, help="Content folder, bank folder or question file."),
) -> None:
    """Check content (bank, glossary, judge problems); every problem is printed as path:line: message."""
    from mianshi.services.bank import validate_content

    summary = validate_content(path)
    parts = [f"{summary.questions} questions"]
    if summary.concepts is not None:
        parts.append(f"{summary.concepts} glossary concepts")
    if summary.problems is not None:
        parts.append(f"{summary.problems} problems")
    console.print(f"[green]ok[/]: {', '.join(parts)} valid")
