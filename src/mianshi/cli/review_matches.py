"""`mianshi review-matches`: the imported questions whose bank match is uncertain, one by
one beside their best bank candidates; a person says which one it asks, or none."""

import json
import sys

import typer
from rich.table import Table
from rich.text import Text

from mianshi.cli.console import console, db_option

_HELP = "1-{n} that one · a bank id · n none of them · s skip · q quit"


def register(app: typer.Typer) -> None:
    app.command("review-matches")(review_matches)


def review_matches(
    ctx: typer.Context,
    limit: int = typer.Option(0, "--limit", "-n", min=0, help="At most this many (0: all)."),
    as_json: bool = typer.Option(
        False, "--json", help="List them as JSON lines instead of asking."
    ),
    decide: str = typer.Option(
        None,
        "--decide",
        metavar="KEY=CHOICE",
        help="Decide one without asking: its key (see --json), =, a bank id or none.",
    ),
) -> None:
    """Imported questions whose bank match is uncertain: accept a candidate, name another
    bank question, or say none answers it. Decisions are kept and outlive re-imports."""
    from mianshi.errors import MianshiError
    from mianshi.services.ingest import decide_match, list_uncertain

    db = db_option(ctx)
    if decide is not None:
        key, _, choice = decide.partition("=")
        if not key.strip() or not choice.strip():
            raise MianshiError(f"--decide takes KEY=CHOICE (a bank id or none), not '{decide}'")
        key, choice = key.strip(), choice.strip()
        decide_match(key, None if choice.casefold() == "none" else choice, db)
        console.print(f"Decided {key}: {choice}.")
        return
    pending = list_uncertain(db, limit or None)
    if as_json:
        for item in pending:
            record = {
                "key": item.key,
                "text": item.text,
                "frequency": item.frequency,
                "sources": item.sources,
                "candidates": [
                    {"question_id": qid, "title": title, "score": round(score, 4)}
                    for qid, title, score in item.candidates
                ],
            }
            print(json.dumps(record, ensure_ascii=False))
        return
    if not pending:
        console.print("No uncertain matches: every imported question is matched or a gap.")
        return
    decided = skipped = 0
    for number, item in enumerate(pending, 1):
        _show(item, number, len(pending))
        choice = _ask(item, db)
        if choice == "quit":
            break
        if choice == "skip":
            skipped += 1
            continue
        decide_match(item.key, choice, db)
        decided += 1
    left = len(pending) - decided
    console.print(f"{decided} decided, {left} still uncertain (mianshi review-matches).")


def _show(item, number: int, total: int) -> None:
    asked = f"asked by {item.frequency} collection{'s' * (item.frequency != 1)}"
    console.print(Text(f"\n{number}/{total} · {asked}: {', '.join(item.sources[:3])}", style="dim"))
    console.print(Text(item.text, style="bold"))
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_column(justify="right", style="cyan")
    table.add_column()
    table.add_column(justify="right", style="dim")
    for n, (qid, title, score) in enumerate(item.candidates, 1):
        table.add_row(str(n), Text(f"{title}\n{qid}"), f"{score:.2f}")
    console.print(table)


def _ask(item, db: str | None) -> str | None:
    """The bank id chosen, None for "no bank question", or "skip" / "quit"."""
    from mianshi.errors import NotFoundError
    from mianshi.services.bank import get_question

    prompt = _HELP.format(n=len(item.candidates)) + ": "
    while True:
        console.print(prompt, end="", highlight=False)
        line = sys.stdin.readline()
        if not line or not sys.stdin.isatty():
            console.print()  # a pipe's answer is not echoed: end the prompt's line
        if not line:
            return "quit"
        answer = line.strip()
        if answer.casefold() in ("q", "quit"):
            return "quit"
        if answer.casefold() in ("", "s", "skip"):
            return "skip"
        if answer.casefold() in ("n", "none"):
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(item.candidates):
            return item.candidates[int(answer) - 1][0]
        try:
            return get_question(answer, db).question.id
        except NotFoundError:
            pass
        console.print(
            Text(f"'{answer}' is neither a number shown nor a bank question id.", style="yellow")
        )
