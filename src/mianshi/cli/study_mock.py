"""`mianshi mock` and `mianshi history`: mock interviews with follow-ups, and their reports."""

import time

import typer

from mianshi.cli.console import console, db_option, stars
from mianshi.cli.study_input import Keyboard
from mianshi.cli.study_layout import fold, score_text

INSTRUCTIONS = (
    "[dim]Type your answer; an empty line ends it. An empty answer skips the question; "
    "/quit ends the interview (the report still comes).[/]"
)
END_REASONS = {
    "completed": "all questions asked",
    "time": "time is up",
    "quit": "ended by you",
    "interrupted": "interrupted",
}


def _minutes(delta) -> str:
    seconds = int(delta.total_seconds())
    return f"{seconds // 60}:{seconds % 60:02d}"


def _ask(asked, position: int) -> None:
    q = asked.question
    console.print()
    if asked.follow_up_of:
        console.print(f"[magenta]追问 Follow-up[/] [dim](on {asked.follow_up_of})[/]")
    console.print(
        f"[bold]Q{position}.[/] [bold]{q.title}[/]  [dim]{q.module}/{q.topic} "
        f"{stars(q.difficulty)}[/]",
        highlight=False,
    )
    console.print(f"[dim]{q.title_en}[/]", highlight=False)
    if q.module == "code" and q.problem:
        console.print(
            f"[green]手撕 Hand-written code:[/] describe your approach here, then write it and "
            f"have it judged: [cyan]mianshi starter {q.problem} > sol.py[/] · "
            f"[cyan]mianshi judge {q.problem} sol.py[/]",
            highlight=False,
        )


def render_report(report) -> None:
    from rich.table import Table

    console.print()
    console.print(
        f"[bold]模拟面试报告 Mock interview #{report.mock_id}[/] · role {report.role} · "
        f"{len(report.answers)} questions ({report.follow_ups} 追问) · "
        f"score {score_text(report.score)}/100 · time {_minutes(report.time_used)} of "
        f"{report.minutes}:00 · {END_REASONS.get(report.end_reason, report.end_reason)}"
    )
    if not report.answers:
        console.print("No question was answered.")
        return
    # The two text columns share what the number columns and borders leave.
    room = max(40, console.width - 30)
    title_width, missed_width = room * 2 // 5, room - room * 2 // 5
    questions = Table(title="Per question", title_justify="left")
    questions.add_column("#", justify="right")
    questions.add_column("question", width=title_width)
    questions.add_column("score", justify="right")
    questions.add_column("time", justify="right", style="dim")
    questions.add_column("missed key points", width=missed_width)
    for n, a in enumerate(report.answers, 1):
        title = fold(("↳ " if a.follow_up_of else "") + a.question.title, title_width)
        points = "\n".join(fold(p, missed_width) for p in a.missed_points)
        missed = "[dim]skipped[/]" if a.skipped else points or "[green]none[/]"
        questions.add_row(str(n), title, score_text(a.score), f"{a.seconds:.0f}s", missed)
    console.print(questions)
    topics = Table(title="Per topic", title_justify="left")
    topics.add_column("topic")
    topics.add_column("questions", justify="right")
    topics.add_column("score", justify="right")
    for t in report.topics:
        topics.add_row(f"{t.module}/{t.topic}", str(t.questions), score_text(t.score))
    console.print(topics)
    if report.review_next:
        console.print("[bold]Review next[/]")
        for q in report.review_next:
            console.print(f"  → [cyan]{q.id}[/] {q.title}", highlight=False)
        first = report.review_next[0].id
        console.print(
            f"[dim]read one with `mianshi show {first}`, answer it with `mianshi check {first}`[/]"
        )


def _feedback(result) -> None:
    if result is None:
        console.print("[dim]skipped[/]")
        return
    covered = len(result.covered)
    console.print(
        f"[dim]→ key points {covered}/{len(result.keypoints)} · score[/] {score_text(result.score)}"
    )


def mock(
    ctx: typer.Context,
    role: str = typer.Option(
        "general", "--role", "-r", help="llm, cv, autodrive, recsys or general."
    ),
    n: int = typer.Option(8, "--n", help="Questions to ask, follow-ups included."),
    minutes: int = typer.Option(30, "--minutes", help="Time limit."),
    seed: int = typer.Option(None, "--seed", help="Repeat an interview's choice of questions."),
) -> None:
    """A mock interview: questions for the role, follow-ups (追问) on good answers, a report."""
    from mianshi.services.mock import mock_interview

    with mock_interview(db_option(ctx), role, n, minutes, seed) as run:
        console.print(
            f"[bold]Mock interview[/] · role {role} · up to {n} questions · {minutes} min"
        )
        console.print(INSTRUCTIONS)
        keyboard = Keyboard()
        reason = None
        try:
            while (asked := run.next()) is not None:
                _ask(asked, len(run.answers) + 1)
                started = time.monotonic()
                text = keyboard.text()
                if text is None or text.strip() == "/quit":
                    reason = "quit"
                    break
                _feedback(run.answer(asked, text, time.monotonic() - started))
        except KeyboardInterrupt:
            console.print("\n[yellow]interrupted[/]")
            render_report(run.finish("interrupted"))
            raise typer.Exit(130) from None
        render_report(run.finish(reason))


def history(
    ctx: typer.Context,
    mock_id: int = typer.Argument(None, metavar="[ID]", help="Show the report of this interview."),
) -> None:
    """List past mock interviews, or show one's report."""
    from rich.table import Table

    from mianshi.services.mock import mock_history, mock_report

    if mock_id is not None:
        render_report(mock_report(mock_id, db_option(ctx)))
        return
    sessions = mock_history(db_option(ctx))
    if not sessions:
        console.print("No mock interviews yet: start one with `mianshi mock`.")
        return
    # Short headers and no wrapping: at 80 columns every figure keeps its own line.
    table = Table(title="模拟面试 Mock interviews", title_justify="left")
    table.add_column("id", justify="right", style="cyan", no_wrap=True)
    table.add_column("started", no_wrap=True)
    table.add_column("role", no_wrap=True)
    table.add_column("Qs", justify="right", no_wrap=True)
    table.add_column("追问", justify="right", no_wrap=True)
    table.add_column("skip", justify="right", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("time", justify="right", no_wrap=True)
    table.add_column("end", ratio=1)
    for s in sessions:
        table.add_row(
            str(s.id),
            f"{s.started_at.astimezone():%m-%d %H:%M}",
            s.role,
            str(s.questions),
            str(s.follow_ups),
            str(s.skipped),
            score_text(s.score),
            _minutes(s.time_used) if s.time_used else "-",
            END_REASONS.get(s.end_reason, s.end_reason),
        )
    console.print(table)
    console.print("[dim]Qs: questions asked (追问 included) · skip: skipped[/]")
