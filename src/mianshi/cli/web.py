"""`mianshi serve`: the web app on a local port."""

import typer

from mianshi.cli.console import console, db_option, err_console

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help="Port to listen on."),
    open_browser: bool = typer.Option(False, "--open", help="Open the app in the browser."),
    workers: int = typer.Option(2, "--judge-workers", min=1, max=8, help="Warm judge workers to keep."),
) -> None:
    """Serve the web app: the bank, search, review, mock interviews and the judge in the browser."""
    import threading
    import webbrowser

    import uvicorn

    from mianshi.services.bank import bank_summary
    from mianshi.web import create_app

    db = db_option(ctx)
    bank_summary(db)  # a missing or uninitialised database fails here, in one line
    if host not in LOOPBACK:
        err_console.print(
            f"[bold yellow]warning:[/] listening on {host}: anyone who can reach port {port} "
            "can use this app and your study data (it has no login)."
        )
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    console.print(f"mianshi web app on [bold]{url}[/] (Ctrl+C stops it)")
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(create_app(db, judge_workers=workers), host=host, port=port, log_level="warning")
