"""`mianshi review`: the spaced-repetition loop in the terminal."""

import time

import typer

from mianshi.cli.console import console, db_option, stars
from mianshi.cli.study_input import Keyboard

REVEAL_PROMPT = "[dim]Enter: show the answer · q: quit[/]"
RATE_PROMPT = "[bold]Rate[/] [red]1 Again[/] · [yellow]2 Hard[/] · [green]3 Good[/] · [cyan]4 Easy[/] · [dim]q quit[/]"


def _due_table(counts, module: str | None):
    from rich.table import Table

    table = Table(title="到期 Due now", title_justify="left")
    table.add_column("module")
    table.add_column("模块")
    table.add_column("due", justify="right", style="bold")
    table.add_column("new", justify="right")
    table.add_column("questions", justify="right", style="dim")
    for c in counts:
        if module and c.module != module:
            continue
        table.add_row(c.module, c.name, str(c.due), str(c.new), str(c.questions))
    return table


def _show_question(item, position: int, total: int, repeat: bool) -> None:
    from rich.panel import Panel

    q = item.question
    if repeat:
        badge = "[red]again 再来一次[/]"
    else:
        badge = "[magenta]new[/]" if item.is_new else "[blue]review[/]"
    console.print()
    console.print(
        Panel.fit(
            f"[bold]{q.title}[/]\n[dim]{q.title_en}[/]",
            title=f"{position}/{total} {badge}",
            subtitle=f"{q.module}/{q.topic} [yellow]{stars(q.difficulty)}[/]",
        )
    )


def _key_points(question) -> None:
    console.print("[bold]要点 Key points[/]")
    for point in question.keypoints:
        console.print(f"  • {point}", highlight=False)


def _show_answer(question, keyboard) -> None:
    """Key points and answer. An answer taller than the terminal opens in a pager, and
    the question and key points are shown again after it, beside the rating prompt."""
    from rich.markdown import Markdown

    from mianshi.study.answer_html import formulas_as_code

    answer = Markdown(formulas_as_code(question.answer))
    if not keyboard.is_terminal or _height(answer) + len(question.keypoints) + 6 <= console.height:
        _key_points(question)
        console.print(answer)
        return
    import os

    os.environ.setdefault("LESS", "-R")  # keep the colours in less
    with console.pager(styles=True):
        _key_points(question)
        console.print(answer)
    console.print(f"[bold]{question.title}[/]")
    _key_points(question)


def _height(renderable) -> int:
    return len(console.render_lines(renderable, console.options, pad=False))


def _summary(session) -> None:
    from mianshi.study.scheduling import RATING_LABELS

    queue = session.queue
    if not queue.total_ratings:
        console.print("No cards rated.")
        return
    parts = " · ".join(f"{RATING_LABELS[r]} {n}" for r, n in queue.ratings.items() if n)
    console.print(
        f"\n[bold]Reviewed {len(queue.reviewed)} question(s)[/] ({queue.total_ratings} ratings: {parts}); "
        f"{len(queue)} left in this session. Every rating is saved."
    )
    if session.taken_elsewhere:
        console.print(f"{session.taken_elsewhere} card(s) were skipped: another review session had them.")


def _nothing_due(session, module: str | None, topic: str | None) -> None:
    from mianshi.study.scheduling import describe_interval, utc_now

    where = " ".join(x for x in (module, topic) if x) or "the bank"
    message = f"Nothing due in {where}."
    if session.next_due is not None:
        message += f" Next card due in {describe_interval(session.next_due - utc_now())}."
    if session.new_available and not session.new_left_today:
        message += (
            f" {session.new_available} new questions wait; today's limit of new cards is "
            "reached (--new-per-day N raises it)."
        )
    elif session.new_available:
        message += f" {session.new_available} new questions wait: run with --new N to start some."
    console.print(message)


def review(
    ctx: typer.Context,
    module: str = typer.Option(None, "--module", "-m", help="Only this module, e.g. llm."),
    topic: str = typer.Option(None, "--topic", "-t", help="Only this topic."),
    limit: int = typer.Option(50, "--limit", "-n", help="At most this many cards."),
    new: int = typer.Option(10, "--new", help="At most this many new questions."),
    new_per_day: int = typer.Option(
        None,
        "--new-per-day",
        help="At most this many new cards a day, all sessions together "
        "(default 20, or $MIANSHI_NEW_PER_DAY).",
        show_default=False,
    ),
    question: str = typer.Option(
        None, "--question", help="Review this one question now, whatever its schedule."
    ),
) -> None:
    """Review due cards (FSRS): show the question, reveal the answer, rate 1-4."""
    from mianshi.services.study import due_counts, review_session
    from mianshi.study.scheduling import RATING_LABELS, parse_rating

    db = db_option(ctx)
    with review_session(
        db, module, topic, limit, new, new_per_day=new_per_day, question=question
    ) as session:
        console.print(_due_table(due_counts(db), module))
        total = len(session.queue)
        if not total:
            _nothing_due(session, module, topic)
            return
        keyboard = Keyboard()
        queue = session.queue
        try:
            while (item := session.next()) is not None:
                _show_question(
                    item, queue.position(item), queue.distinct_total, queue.is_repeat(item)
                )
                started = time.monotonic()
                if keyboard.key(REVEAL_PROMPT) in (None, "q"):
                    break
                _show_answer(item.question, keyboard)
                rating = None
                while rating is None:
                    key = keyboard.key(RATE_PROMPT)
                    if key in (None, "q"):
                        break
                    rating = parse_rating(key)
                    if rating is None:
                        console.print(
                            f"[red]'{key}' is not a rating[/]: press 1 (Again), 2 (Hard), "
                            "3 (Good), 4 (Easy), or q to quit.",
                            highlight=False,
                        )
                if rating is None:
                    break
                rated = session.rate(item, rating, int((time.monotonic() - started) * 1000))
                if rated is None:
                    console.print(
                        "[yellow]This card was rated in another review session meanwhile; "
                        "your rating was not saved.[/]"
                    )
                    continue
                console.print(f"[dim]→ {RATING_LABELS[rating]}: due again in {rated.interval}[/]")
        except KeyboardInterrupt:
            console.print("\n[yellow]interrupted[/]")
            _summary(session)
            raise typer.Exit(130) from None
        _summary(session)
