"""Errors a user can cause. Each carries a one-line message the faces print as is."""


class MianshiError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""

    exit_code = 1


class ContentError(MianshiError):
    """Content files failed validation; `problems` holds every `path:line: message`."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__(f"content has {len(problems)} {noun}")


class StoreError(MianshiError):
    """The database cannot be opened, reached, migrated or written."""


class NotFoundError(MianshiError):
    """A named thing (question, module, topic...) does not exist."""


class QueryError(MianshiError):
    """A search query that cannot be searched for (empty, or nothing but symbols)."""

    exit_code = 2  # a usage error, like a missing argument
