"""Where content and user data live."""

import os
from pathlib import Path

import platformdirs

APP_NAME = "mianshi"


def content_dir() -> Path:
    """The shipped content folder (taxonomy, bank, glossary, problems).

    `MIANSHI_CONTENT` points elsewhere, e.g. at a checkout being edited.
    """
    override = os.environ.get("MIANSHI_CONTENT")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent / "content"


def data_dir() -> Path:
    """The user's data directory, holding the default database and caches."""
    override = os.environ.get("MIANSHI_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    return data_dir() / "cache"
