"""`mianshi review-matches`: the imported questions whose bank match is uncertain, one by
one beside their best bank candidates; a person says which one it asks, or none. Then
the pairs of imported questions the clustering was unsure are one: same, or different."""

import json
import sys

import typer
from rich.table import Table
from rich.text import Text

from mianshi.cli.console import console, db_option

_HELP = "1-{n} that one · a bank id · n none of them · s skip · q quit"
_PAIR_HELP = "y the same question · n different · s skip · q quit"


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
        help="Decide one without asking: its key (see --json), =, then a bank id or none "
        "for a match, same or different for a pair.",
    ),
) -> None:
    """Imported questions whose bank match is uncertain: accept a candidate, name another
    bank question, or say none answers it. Then pairs the clustering was unsure of: the
    same question, or two. Decisions are kept and outlive re-imports."""
    from mianshi.services.ingest import list_doubts, list_uncertain

    db = db_option(ctx)
    if decide is not None:
        _decide_one(decide, db)
        return
    pending = list_uncertain(db, limit or None)
    pairs = list_doubts(db, limit or None)
    if as_json:
        for item in pending:
            record = {
                "kind": "match",
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
        for pair in pairs:
            print(json.dumps({"kind": "pair", **vars(pair)}, ensure_ascii=False))
        return
    if not pending and not pairs:
        console.print(
            "Nothing to review: every imported question is matched or a gap, "
            "and no pair awaits a decision."
        )
        return
    decided = _review_matches(pending, db)
    if decided is not None:
        _review_pairs(pairs, db)


def _decide_one(decide: str, db: str | None) -> None:
    from mianshi.errors import MianshiError
    from mianshi.services.ingest import decide_match, decide_pair

    key, _, choice = (part.strip() for part in decide.partition("="))
    if not key or not choice:
        raise MianshiError(
            f"--decide takes KEY=CHOICE (a bank id or none; same or different), not '{decide}'"
        )
    if "-" in key:  # two texts' keys: a pair
        if choice.casefold() not in ("same", "different"):
            raise MianshiError(f"a pair is decided with =same or =different, not '={choice}'")
        decide_pair(key, choice.casefold() == "same", db)
    else:
        decide_match(key, None if choice.casefold() == "none" else choice, db)
    console.print(f"Decided {key}: {choice}.")


def _review_matches(pending, db: str | None) -> int | None:
    """Ask about each uncertain match; the number decided, None if the person quit."""
    from mianshi.services.ingest import decide_match

    decided = 0
    for number, item in enumerate(pending, 1):
        _show(item, number, len(pending))
        choice = _ask(item, db)
        if choice == "quit":
            _left(decided, len(pending), "still uncertain")
            return None
        if choice != "skip":
            decide_match(item.key, choice, db)
            decided += 1
    if pending:
        _left(decided, len(pending), "still uncertain")
    return decided


def _review_pairs(pairs, db: str | None) -> None:
    """Ask about each pair; joining the pairs said to be one recounts everything imported,
    so that is done once, at the end."""
    from mianshi.cli.ingest import StageBars
    from mianshi.services.ingest import apply_pair_decisions, decide_pair

    decided = joined = 0
    try:
        for number, pair in enumerate(pairs, 1):
            _show_pair(pair, number, len(pairs))
            answer = _ask_pair()
            if answer == "quit":
                break
            if answer != "skip":
                decide_pair(pair.pair_key, answer == "same", db, apply=False)
                decided += 1
                joined += answer == "same"
    finally:
        if joined:
            console.print(f"Joining {joined} pair{'s' * (joined != 1)}: recounting the imports.")
            with StageBars() as bars:
                apply_pair_decisions(db, bars)
    if pairs:
        _left(decided, len(pairs), "pairs still undecided")


def _left(decided: int, total: int, what: str) -> None:
    console.print(f"{decided} decided, {total - decided} {what} (mianshi review-matches).")


def _show_pair(pair, number: int, total: int) -> None:
    asked = f"asked by {pair.frequency_a} and {pair.frequency_b} collections"
    console.print(
        Text(f"\n{number}/{total} · the same question? · {asked} · {pair.score:.2f}", style="dim")
    )
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_column(style="cyan")
    table.add_column()
    table.add_row("A", Text(pair.text_a, style="bold"))
    table.add_row("B", Text(pair.text_b, style="bold"))
    console.print(table)


def _ask_pair() -> str:
    """same, different, skip or quit."""
    while True:
        console.print(_PAIR_HELP + ": ", end="", highlight=False)
        line = sys.stdin.readline()
        if not line or not sys.stdin.isatty():
            console.print()
        answer = line.strip().casefold()
        if not line or answer in ("q", "quit"):
            return "quit"
        if answer in ("", "s", "skip"):
            return "skip"
        if answer in ("y", "yes", "same"):
            return "same"
        if answer in ("n", "no", "different"):
            return "different"
        console.print(Text(f"'{line.strip()}' is not one of y, n, s, q.", style="yellow"))


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
