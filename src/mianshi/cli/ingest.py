"""Import commands: import, sources, gaps, and the evaluation interfaces cluster and classify."""

import json
import os
from pathlib import Path

import typer
from rich.markup import escape
from rich.text import Text

from mianshi.cli.console import console, db_option, err_console

_STAGES = {
    "reading": "Reading files",
    "features": "Analysing questions",
    "candidates": "Finding near-duplicates",
    "matching": "Matching to the bank",
    "classifying": "Classifying",
    "writing": "Writing",
}


def register(app: typer.Typer) -> None:
    app.command("import")(import_)
    sources_app = typer.Typer(
        help="List imported sources (the default), or remove one.", no_args_is_help=False
    )
    sources_app.callback(invoke_without_command=True)(sources)
    sources_app.command("remove")(remove_source)
    app.add_typer(sources_app, name="sources")
    app.command("gaps")(gaps)
    app.command("frequency")(frequency)
    app.command("cluster")(cluster)
    app.command("classify")(classify)
    app.command("match")(match)


class StageBars:
    """Rich progress bars on stderr, one per stage, shown only on a terminal."""

    def __init__(self) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
            disable=not err_console.is_terminal,
        )
        self.tasks: dict[str, int] = {}

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(_STAGES.get(stage, stage), total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)


def display_paths(paths: list[str]) -> dict[str, str]:
    """Each path relative to the folder all of them share, so that twelve README.md files
    of one repository can be told apart ("docs/a/README.md") while files of one folder
    keep their bare names."""
    if not paths:
        return {}
    try:
        root = os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in paths])
    except ValueError:  # different drives
        return {p: p for p in paths}
    return {p: os.path.relpath(os.path.abspath(p), root) for p in paths}


def _report_table(report, shown: dict[str, str]):
    from rich import box
    from rich.table import Table

    # Nine columns at 80 characters: no vertical rules, no padding at the edges.
    table = Table(
        title="导入 Import", show_footer=True, box=box.SIMPLE_HEAD, collapse_padding=True
    )
    keys = ("found", "answers", "duplicates", "matched", "uncertain", "new", "garbled", "repaired")
    totals = dict.fromkeys(keys, 0)
    for line in report.sources:
        for k in totals:
            totals[k] += int(line.stats.get(k, 0)) if not line.failed else 0
    table.add_column("source", footer="total", overflow="ellipsis", max_width=22, no_wrap=True)
    table.add_column("status", overflow="fold", min_width=9)
    for column, key in (
        ("found", "found"),
        ("ans", "answers"),
        ("dup", "duplicates"),
        ("bank", "matched"),
        ("unsure", "uncertain"),
        ("new", "new"),
    ):
        table.add_column(column, justify="right", footer=str(totals[key]))
    table.add_column("garbled", justify="right", footer=f"{totals['garbled']}/{totals['repaired']}")
    for line in report.sources:
        name = Text(shown[line.path])
        if line.without_questions and not report.failed:
            continue  # listed in one line under the table
        if line.status in ("skipped", "ignored"):
            style = "red" if line.failed else "dim"
            reason = Text(f"{line.status}: {line.reason}", style=style)
            table.add_row(name, reason, "", "", "", "", "", "", "")
            continue
        s = line.stats
        status = {"imported": "[green]imported[/]", "updated": "[yellow]updated[/]"}.get(
            line.status, "[dim]unchanged[/]"
        )
        if line.encoding and line.encoding.replace("-", "").casefold() not in ("utf8", "ascii"):
            status += f" [dim]{line.encoding}[/]"  # worth a glance: the text was converted
        table.add_row(
            name,
            status,
            *(
                str(s.get(k, 0))
                for k in ("found", "answers", "duplicates", "matched", "uncertain", "new")
            ),
            f"{s.get('garbled', 0)}/{s.get('repaired', 0)}",
        )
    return table


def import_(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="Collection files (.md, .txt, .html) or folders."),
    max_mb: int = typer.Option(50, "--max-mb", help="Skip files larger than this many megabytes."),
    each_file: bool = typer.Option(
        False, "--each-file", help="Count every file as a collection of its own, even in a repository."
    ),
    one_collection: bool = typer.Option(
        False, "--one-collection", help="Count all files of this import as one collection."
    ),
) -> None:
    """Import question collections: find duplicates, match them to the bank, count frequency.

    Files published together count once: a folder holding .git, or whose README
    links its files, is one collection; other files are one each."""
    from mianshi.errors import MianshiError
    from mianshi.services.ingest import import_paths

    if each_file and one_collection:
        raise MianshiError("--each-file and --one-collection exclude each other: choose one")
    grouping = "each-file" if each_file else "one-collection" if one_collection else "auto"
    with StageBars() as bars:
        report = import_paths(
            paths, db_option(ctx), max_bytes=max_mb * 2**20, progress=bars, grouping=grouping
        )
    shown = display_paths([line.path for line in report.sources])
    console.print(_report_table(report, shown))
    empty = [line.path for line in report.sources if line.without_questions]
    if empty and not report.failed:
        names = ", ".join(shown[path] for path in empty)
        console.print(Text(f"{len(empty)} file(s) without questions, skipped: {names}", style="dim"))
    _print_collections(report)
    reported = set()
    for line in report.sources:
        for other, share in line.same_collection_as:
            pair = frozenset((Path(line.path).name, other))
            if pair in reported:
                continue
            reported.add(pair)
            console.print(
                f"[cyan]{escape(Path(line.path).name)}[/] and [cyan]{escape(other)}[/] are one collection "
                f"({share:.0%} of the first's questions, in the same order): counted once.",
                highlight=False,
            )
    if report.changed:
        console.print(
            f"{report.questions} questions imported in all, {report.clusters} distinct questions, "
            f"{report.families} independent collection{'s' * (report.families != 1)}. "
            "Next: [bold]mianshi frequency[/], [bold]mianshi gaps[/]"
        )
    else:
        console.print("Nothing changed.")
    if report.uncertain:
        console.print(
            f"{report.uncertain} imported questions have an uncertain bank match: "
            "[bold]mianshi review-matches[/] shows each beside its candidates."
        )
    if report.doubts:
        console.print(
            f"{report.doubts} pairs of imported questions may be one question: "
            "[bold]mianshi review-matches[/] asks about them too."
        )
    if report.failed:
        raise typer.Exit(1)


_WHY = {
    "git": "a repository",
    "readme": "its README links them",
    "import": "imported as one collection",
}


def _print_collections(report) -> None:
    """One line per collection of several files: they count once towards frequency."""
    groups: dict[str, list] = {}
    for line in report.sources:
        if line.collection is not None and line.status in ("imported", "updated", "unchanged"):
            groups.setdefault(str(line.collection.root), []).append(line)
    for root, lines in groups.items():
        if len(lines) < 2:
            continue
        why = _WHY.get(lines[0].collection.reason, lines[0].collection.reason)
        console.print(
            Text(
                f"{Path(root).name}/: {len(lines)} files published together ({why}), "
                "counted as one collection."
            )
        )


def remove_source(
    ctx: typer.Context,
    which: str = typer.Argument(..., metavar="SOURCE", help="Its id, path, or path ending (docs/README.md)."),
) -> None:
    """Take an imported source out again: its questions' counts drop; nothing else is touched."""
    from mianshi.services.ingest import remove_source

    removed = remove_source(which, db_option(ctx))
    console.print(
        Text(f"Removed {removed.path} ({removed.questions} questions); frequencies and gaps recomputed.")
    )


def sources(ctx: typer.Context) -> None:
    """List imported sources with their figures and the collection family each belongs to."""
    if ctx.invoked_subcommand is not None:
        return
    from rich.table import Table

    from mianshi.services.ingest import list_sources

    rows = list_sources(db_option(ctx))
    if not rows:
        console.print("No sources imported yet: mianshi import PATH...")
        return
    shown = display_paths([r.path for r in rows])
    names = {r.id: shown[r.path] for r in rows}
    table = Table(title=f"{len(rows)} sources")
    for column in (
        "id",
        "name",
        "family",
        "questions",
        "in bank",
        "new",
        "encoding",
        "overlaps",
        "imported",
    ):
        table.add_column(
            column,
            justify="right"
            if column in ("id", "family", "questions", "in bank", "new")
            else "left",
        )
    for r in rows:
        overlaps = ", ".join(
            f"{names.get(o['source'], o['source'])} {o['share']:.0%}" for o in r.overlaps
        )
        table.add_row(
            str(r.id),
            Text(names[r.id]),
            str(r.family),
            str(r.stats.get("found", 0)),
            str(r.stats.get("matched", 0)),
            str(r.stats.get("new", 0)),
            r.encoding,
            Text(overlaps or "-"),
            r.imported_at.strftime("%Y-%m-%d %H:%M"),
        )
    console.print(table)


def gaps(
    ctx: typer.Context,
    module: str = typer.Option(None, "--module", "-m", help="Only this module, e.g. llm."),
    limit: int = typer.Option(30, "--limit", "-n", min=0, help="At most this many (0: all)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """Imported questions the bank cannot answer yet, most frequent first: the content backlog."""
    from rich.table import Table

    from mianshi.services.ingest import count_gaps, list_gaps

    rows = list_gaps(db_option(ctx), module, limit or None)
    if as_json:
        for g in rows:
            _json_line(
                {
                    "key": g.key,
                    "text": g.text,
                    "module": g.module,
                    "topic": g.topic,
                    "frequency": g.frequency,
                    "size": g.size,
                    "sources": g.sources,
                }
            )
        return
    if not rows:
        console.print(
            f"No gaps{f' in {module}' if module else ''}: every imported question has a bank answer."
        )
        return
    total = count_gaps(db_option(ctx), module)
    shown = f", the {len(rows)} most asked shown" if len(rows) < total else ""
    table = Table(title=f"缺口 Gaps: {total} imported questions without a bank answer{shown}")
    table.add_column("freq", justify="right")
    table.add_column("asked", justify="right")
    table.add_column("module/topic", style="dim")
    table.add_column("question")
    for g in rows:
        table.add_row(str(g.frequency), str(g.size), f"{g.module}/{g.topic}", Text(g.text))
    console.print(table)


def frequency(
    ctx: typer.Context,
    module: str = typer.Option(None, "--module", "-m", help="Only this module, e.g. llm."),
    limit: int = typer.Option(30, "--limit", "-n", min=0, help="At most this many (0: all)."),
    bank: bool = typer.Option(
        False, "--bank", help="Only bank questions, each counting every phrasing matched to it."
    ),
    each: bool = typer.Option(
        False, "--each", help="One row per imported question, even when two ask one bank question."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """What is asked most, by how many independent collections ask it: a row per bank
    question (all phrasings matched to it), and per imported question the bank lacks."""
    from rich.table import Table

    from mianshi.errors import MianshiError
    from mianshi.services.ingest import frequency_ranking

    if bank and each:
        raise MianshiError("--bank and --each exclude each other: choose one")
    by = "bank" if bank else "imported" if each else "both"
    rows = frequency_ranking(db_option(ctx), module, limit or None, by=by)
    if as_json:
        for r in rows:
            record = {
                "text": r.text,
                "module": r.module,
                "topic": r.topic,
                "question_id": r.question_id,
                "frequency": r.frequency,
                "asked": r.size,
            }
            # who asks it; an imported question's cluster key (none for a bank question's
            # row) and how sure its match is
            record |= {"key": r.key, "sources": r.sources}
            if r.key is not None:
                record["status"] = r.status
            _json_line(record)
        return
    if not rows:
        console.print(
            "No imported question matches a bank question yet."
            if bank
            else "Nothing imported yet: mianshi import PATH..."
        )
        return
    table = Table(title="频次 Most asked (independent collections asking)")
    table.add_column("freq", justify="right")
    table.add_column("asked", justify="right")
    table.add_column("bank question" if bank else "question")
    table.add_column("bank", style="cyan")
    for r in rows:
        table.add_row(
            str(r.frequency),
            str(r.size),
            Text(r.text),
            r.question_id or ("[yellow]unsure[/]" if r.status == "uncertain" else "[red]gap[/]"),
        )
    console.print(table)


def _json_line(record: dict) -> None:
    """One object of a JSON-lines answer, Chinese kept readable."""
    print(json.dumps(record, ensure_ascii=False))


def _read_lines(path: Path) -> list[str]:
    from mianshi.errors import MianshiError
    from mianshi.ingest.encoding import UndecodableError, decode_bytes

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MianshiError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text = decode_bytes(data).text
    except UndecodableError as exc:
        raise MianshiError(f"cannot read {path}: {exc}") from None
    return [line.strip() for line in text.split("\n") if line.strip()]


def cluster(
    path: Path = typer.Argument(..., metavar="FILE", help="One question per line."),
) -> None:
    """Print {"text", "cluster"} per line as JSON; lines with the same cluster ask the same question."""
    from mianshi.services.ingest import cluster_lines

    lines = _read_lines(path)
    for line, label in zip(lines, cluster_lines(lines), strict=True):
        _json_line({"text": line, "cluster": label})


def classify(
    ctx: typer.Context,
    path: Path = typer.Argument(..., metavar="FILE", help="One question per line."),
) -> None:
    """Print {"text", "module", "topic"} per line as JSON, in the bank's taxonomy."""
    from mianshi.services.ingest import classify_lines

    lines = _read_lines(path)
    for line, label in zip(lines, classify_lines(lines, db_option(ctx)), strict=True):
        _json_line({"text": line, "module": label.module, "topic": label.topic})


def match(
    ctx: typer.Context,
    path: Path = typer.Argument(..., metavar="FILE", help="One question per line."),
) -> None:
    """Print {"text", "question_id", "score"} per line as JSON: the bank question it asks, or null."""
    from mianshi.services.ingest import match_lines

    lines = _read_lines(path)
    for line, found in zip(lines, match_lines(lines, db_option(ctx)), strict=True):
        _json_line({"text": line, "question_id": found.question_id, "score": found.score})
