"""`mianshi check` (self-check of a typed answer) and `mianshi stats` (progress)."""

from pathlib import Path

import typer

from mianshi.cli.console import console, db_option
from mianshi.cli.study_input import Keyboard
from mianshi.cli.study_layout import fold, score_text


def percent(value: float) -> str:
    return score_text(value, "%")


def check(
    ctx: typer.Context,
    question_id: str = typer.Argument(..., metavar="ID"),
    answer: str = typer.Option(None, "--answer", "-a", help="The answer (default: type it)."),
) -> None:
    """Type an answer to a question and see which key points it covers."""
    from rich.table import Table

    from mianshi.services.study import question_for_check, self_check

    db = db_option(ctx)
    question = question_for_check(question_id, db)
    console.print(f"[bold]{question.title}[/]\n[dim]{question.title_en}[/]", highlight=False)
    if answer is None:
        console.print("[dim]Type your answer; an empty line (or Ctrl-D) ends it.[/]")
        answer = Keyboard().text() or ""
    checked = self_check(question_id, answer, db)
    room = max(45, console.width - 26)  # what the borders, the mark and the score leave
    widths = (room * 2 // 5, room * 3 // 10, room - room * 2 // 5 - room * 3 // 10)
    table = Table(title="要点覆盖 Key points", title_justify="left")
    table.add_column("", width=1)
    table.add_column("key point", width=widths[0])
    table.add_column("score", justify="right")
    table.add_column("found in your answer", style="green", width=widths[1], overflow="fold")
    table.add_column("missing", style="red", width=widths[2], overflow="fold")
    for point in checked.result.keypoints:
        table.add_row(
            "[green]✓[/]" if point.covered else "[red]✗[/]",
            fold(point.text, widths[0]),
            percent(point.score),
            ", ".join(point.concepts_hit + point.terms_hit),
            ", ".join(point.concepts_missed + point.terms_missed),
        )
    console.print(table)
    result = checked.result
    console.print(
        f"[bold]Coverage[/] {percent(result.score)} · "
        f"{len(result.covered)}/{len(result.keypoints)} key points covered",
        highlight=False,
    )
    if result.missed:
        console.print(f"[dim]read the answer: mianshi show {question_id}[/]")


def _bar(count: int, largest: int, width: int = 30) -> str:
    return "█" * max(1 if count else 0, round(width * count / largest)) if largest else ""


def stats(
    ctx: typer.Context,
    plot: Path = typer.Option(None, "--plot", help="Also draw the charts into this PNG file."),
) -> None:
    """Reviews per day, retention, due load for 14 days, mastery per module and topic."""
    from rich.table import Table

    from mianshi.services.study import check_chart_path, plot_study_stats, study_stats

    if plot is not None:
        check_chart_path(plot)
    s = study_stats(db_option(ctx))
    retention = f"{100 * s.retention:.0f}%" if s.retention is not None else "-"
    recent = f"{100 * s.retention_recent:.0f}%" if s.retention_recent is not None else "-"
    console.print(
        f"[bold]{s.total_reviews} reviews[/] of {s.cards} cards · retention {retention} "
        f"(last 30 days {recent}, over {s.mature_reviews} mature reviews)"
    )

    active = [d for d in s.days if d.total]
    days = Table(title="Reviews per day (last 30 days)", title_justify="left")
    for name in ("day", "again", "hard", "good", "easy", "total", ""):
        days.add_column(name, justify="left" if name in ("day", "") else "right")
    largest = max((d.total for d in active), default=0)
    for d in active:
        c = d.counts
        days.add_row(
            f"{d.day:%m-%d %a}",
            str(c[1]),
            str(c[2]),
            str(c[3]),
            str(c[4]),
            str(d.total),
            f"[blue]{_bar(d.total, largest)}[/]",
        )
    console.print(days if active else "No reviews in the last 30 days.")

    due = Table(title="Due in the next 14 days (today includes overdue)", title_justify="left")
    for name in ("day", "cards", ""):
        due.add_column(name, justify="right" if name == "cards" else "left")
    most = max((n for _, n in s.due), default=0)
    for i, (day, n) in enumerate(s.due):
        label = "today" if i == 0 else f"{day:%m-%d %a}"
        due.add_row(label, str(n), f"[magenta]{_bar(n, most)}[/]")
    console.print(due)

    mastery = Table(
        title="Mastery",
        title_justify="left",
        caption="predicted recall now; unseen or still-learning questions count 0",
        caption_justify="left",
    )
    mastery.add_column("module / topic")
    mastery.add_column("studied", justify="right")
    mastery.add_column("mastery", justify="right")
    for m in s.modules:
        if not m.questions:
            continue
        mastery.add_row(f"[bold]{m.module}[/]", f"{m.studied}/{m.questions}", percent(m.mastery))
        for t in s.topics:
            if t.module == m.module and t.studied:
                mastery.add_row(f"  {t.topic}", f"{t.studied}/{t.questions}", percent(t.mastery))
    console.print(mastery)
    if plot is not None:
        plot_study_stats(s, plot)
        console.print(f"Chart written to [cyan]{plot}[/]")
