"""Shared Rich consoles and small rendering helpers."""

from rich.console import Console

console = Console()
err_console = Console(stderr=True)


def report_error(exc: Exception) -> None:
    """Print a user error: every content problem on its own line, then the one-line summary."""
    for line in getattr(exc, "problems", []):
        err_console.print(line, markup=False, highlight=False, soft_wrap=True)
    err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)


def stars(difficulty: int) -> str:
    return "★" * difficulty + "☆" * (5 - difficulty)


def db_option(ctx) -> str | None:
    return (ctx.obj or {}).get("db")
