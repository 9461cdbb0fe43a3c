"""Study commands: review, mock, history, check, stats, export, backup, restore."""

import typer

from mianshi.cli import study_files, study_mock, study_progress, study_review


def register(app: typer.Typer) -> None:
    app.command("review")(study_review.review)
    app.command("mock")(study_mock.mock)
    app.command("history")(study_mock.history)
    app.command("check")(study_progress.check)
    app.command("stats")(study_progress.stats)
    app.add_typer(study_files.export_app, name="export")
    app.command("backup")(study_files.backup)
    app.command("restore")(study_files.restore)
