"""Judge commands: problems, problem, starter, judge."""

import json
import sys
from pathlib import Path

import typer

from mianshi.cli.console import console, db_option, err_console, stars

JUDGE_HELP = """Judge FILE as a solution of problem SLUG, in a bubblewrap sandbox.

Runs every case of the problem, checks the outputs against the reference solution's,
and stores the submission when a database exists (`mianshi init`).

Exit code: 0 only when the verdict is accepted; 1 for any other verdict, and also
when FILE cannot be judged (unknown problem, missing file, bubblewrap not installed).
"""


def register(app: typer.Typer) -> None:
    app.command("problems")(problems)
    app.command("problem")(problem)
    app.command("starter")(starter)
    app.command("judge", help=JUDGE_HELP)(judge)


def problems(
    ctx: typer.Context,
    tag: str = typer.Option(None, "--tag", "-t", help="Only problems with this tag, e.g. detection."),
    module: str = typer.Option(
        None, "--module", "-m", help="Only problems practising questions of this bank module, e.g. vision."
    ),
) -> None:
    """List the hand-written-code problems (手撕代码)."""
    from rich.table import Table

    from mianshi.services.judge import list_problems

    summaries = list_problems(tag, module, db_option(ctx))
    if not summaries:
        console.print("No problems match.")
        return
    table = Table(title=f"{len(summaries)} problems 手撕代码", title_justify="left")
    table.add_column("", no_wrap=True, width=1)
    table.add_column("problem", ratio=1)
    table.add_column("level", style="yellow", no_wrap=True)
    for s in summaries:
        mark = {True: "[green]✓[/]", False: "[red]✗[/]"}.get(s.solved, "")
        p = s.problem
        table.add_row(
            mark,
            f"{p.title}\n[cyan]{p.slug}[/] [magenta]{p.framework}[/]"
            f"{' [green]C++[/]' if 'cpp' in p.languages else ''} [dim]{', '.join(p.tags)}[/]",
            stars(p.difficulty),
        )
    console.print(table)


def problem(ctx: typer.Context, slug: str = typer.Argument(..., metavar="SLUG")) -> None:
    """Show a problem: statement, signature, limits and the bank questions it practises."""
    from rich.markdown import Markdown
    from rich.panel import Panel
    from rich.syntax import Syntax

    from mianshi.services.judge import get_problem
    from mianshi.study.answer_html import formulas_as_code

    view = get_problem(slug, db_option(ctx))
    p = view.problem
    console.print(Panel.fit(f"[bold]{p.title}[/]\n[dim]{p.title_en}[/]", title=p.slug))
    console.print(
        f"[dim]framework[/] {p.framework}  [dim]languages[/] {', '.join(p.languages)}  [dim]topic[/] {p.topic}  "
        f"[dim]difficulty[/] [yellow]{stars(p.difficulty)}[/]  [dim]tags[/] {', '.join(p.tags)}",
        highlight=False,
    )
    console.print()
    console.print(Markdown(formulas_as_code(p.statement)))
    if "python" in p.languages:
        console.print("\n[bold]签名 Signature[/]" + (" (Python)" if len(p.languages) > 1 else ""))
        console.print(Syntax(p.signature, "python", word_wrap=True))
    if "cpp" in p.languages:
        console.print("\n[bold]签名 Signature[/] (C++17, g++ -O2)")
        console.print(Syntax(p.cpp_signature + ";", "cpp", word_wrap=True))
    console.print(
        f"\n[bold]限制 Limits[/] {p.time_limit_s:g} s for all cases · {p.memory_mb} MB of memory · "
        f"floats compared with rtol={p.tolerance.rtol:g}, atol={p.tolerance.atol:g}",
        highlight=False,
    )
    if view.questions:
        console.print("\n[bold]相关题目 Bank questions[/]")
        for q in view.questions:
            if q.module:
                console.print(f"  → [cyan]{q.id}[/] {q.title or ''}  [dim]mianshi show {q.id}[/]", highlight=False)
            else:
                console.print(f"  → [cyan]{q.id}[/] [dim](not in the bank yet)[/]", highlight=False)
    if view.submissions:
        console.print("\n[bold]最近提交 Recent submissions[/]")
        for s in view.submissions:
            color = "green" if s.verdict == "accepted" else "red"
            console.print(
                f"  #{s.id} {s.created_at:%Y-%m-%d %H:%M}  [{color}]{s.verdict}[/] {s.passed}/{s.total}",
                highlight=False,
            )
    console.print()
    for language in p.languages:
        suffix, flag = ("cpp", " --lang cpp") if language == "cpp" else ("py", "")
        if len(p.languages) == 1:
            flag = ""
        console.print(f"[dim]mianshi starter {p.slug}{flag} > {p.slug}.{suffix}    mianshi judge {p.slug} {p.slug}.{suffix}[/]")


LANG_HELP = "python or cpp (C++); by default the file's suffix decides (.py, .cpp), else the problem's first language."


def starter(
    slug: str = typer.Argument(..., metavar="SLUG"),
    lang: str = typer.Option(None, "--lang", "-l", help="python or cpp (C++); default: the problem's first language."),
) -> None:
    """Print the problem's starter code to stdout (so `> file.py` or `> file.cpp` works)."""
    from mianshi.services.judge import starter_code

    sys.stdout.write(starter_code(slug, language=lang))


def judge(
    ctx: typer.Context,
    slug: str = typer.Argument(..., metavar="SLUG"),
    file: Path = typer.Argument(..., metavar="FILE", help="Your solution, a Python (.py) or C++ (.cpp) file."),
    lang: str = typer.Option(None, "--lang", "-l", help=LANG_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of a report."),
    no_sandbox: bool = typer.Option(
        False, "--no-sandbox", help="Run without bubblewrap isolation (UNSAFE: only limits and a subprocess)."
    ),
) -> None:
    from mianshi.services.judge import judge_file

    if no_sandbox:
        err_console.print(
            "[bold yellow]warning:[/] --no-sandbox: your code runs unisolated, with only resource "
            "limits; it can read and change your files and use the network."
        )
    outcome = judge_file(slug, file, db=db_option(ctx), sandbox=not no_sandbox, language=lang)
    if as_json:
        data = outcome.report.to_dict()
        data.update(stored=outcome.submission_id is not None, submission_id=outcome.submission_id)
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        _render(outcome)
    raise typer.Exit(0 if outcome.report.accepted else 1)


NOISE = 1.5


def _speed_line(report) -> str | None:
    if report.slowdown is None:
        return None
    x = report.slowdown
    # Two runs of the same code differ by up to ~1.5x on a busy machine: within that,
    # a ratio says nothing.
    if x >= NOISE:
        text = f"{x:.1f}x slower than the reference"
    elif x <= 1 / NOISE:
        text = f"{1 / x:.1f}x faster than the reference"
    else:
        text = "about as fast as the reference (the difference is within timing noise)"
    text += f" ({report.large_ms:.1f} ms vs {report.reference_large_ms:.1f} ms on the large cases)"
    return f"[bold red]slow:[/] {text}" if report.slow else f"[dim]speed:[/] {text}"


def _render(outcome) -> None:
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    report = outcome.report
    color = {"accepted": "green", "time_limit": "yellow", "memory_limit": "yellow"}.get(report.verdict, "red")
    body = (
        f"[bold {color}]{report.verdict.label}[/]\n"
        f"passed {report.passed}/{report.total} · {report.time_ms:.0f} ms"
        f"{'' if report.compile_ms is None else f' · compiled in {report.compile_ms:.0f} ms'}"
        f"{'' if report.sandboxed else ' · [yellow]not sandboxed[/]'}\n"
        f"{escape(report.message)}"
    )
    console.print(Panel(body, title=report.problem, border_style=color, expand=False), highlight=False)
    if report.failure:
        f = report.failure
        table = Table(show_header=False, box=None, padding=(0, 1))
        table.add_column(style="bold", no_wrap=True)
        table.add_column(overflow="fold")
        table.add_row("case", Text(f"#{f.index + 1} {f.name}"))
        for name, summary in f.inputs.items():
            table.add_row(f"  {name}", Text(summary))
        table.add_row("expected", Text(f.expected))
        table.add_row("got", Text(f.got))
        if f.max_abs_error is not None:
            table.add_row("max abs error", f"{f.max_abs_error:.3g}")
        console.print(Panel(table, title="first failing case", border_style="red", expand=False))
    if report.traceback:
        title = "compiler output" if report.verdict == "compile_error" and report.language == "cpp" else "traceback (your code)"
        console.print(Panel(Text(report.traceback.rstrip()), title=title, border_style="red"))
    speed = _speed_line(report)
    if speed:
        console.print(speed, highlight=False)
    if report.stdout:
        console.print(Panel(Text(report.stdout.rstrip()), title="your output", border_style="dim"))
    if outcome.submission_id is not None:
        console.print(f"[dim]stored as submission #{outcome.submission_id}[/]")
    else:
        console.print(f"[dim]not stored: {escape(outcome.store_note)}[/]", highlight=False)
