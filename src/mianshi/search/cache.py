"""The search index cached on disk, and how a cached index is known to be current.

Layout, under `paths.cache_dir() / "search"`:

    <fingerprint>/   one saved index; the fingerprint hashes everything it was built
                     from (question hashes, topics, frequencies, imported clusters,
                     the glossary) and INDEX_FORMAT
    stamps.json      database -> {"stamp": ..., "fingerprint": ...}

Computing a fingerprint means opening the database. A stamp is cheaper: the
size, modification time and change counter of an SQLite file and the
glossary file. While the stamp is unchanged, the fingerprint it was recorded
with still holds, so a search in a new process need not open the database.
"""

import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from mianshi.search.index import SearchIndex

# Bump when the analysis (tokens, glossary matching, fields) or the saved layout changes.
INDEX_FORMAT = 1
_KEEP_INDEXES = 3
_STAMPS = "stamps.json"
_STAGING_PREFIX = ".building-"
_STAGING_TIMEOUT = 3600.0  # seconds after which a staging folder is taken as abandoned


def fingerprint(sources: object) -> str:
    """A hash of JSON-serialisable `sources` and INDEX_FORMAT."""
    payload = json.dumps([INDEX_FORMAT, sources], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def _file_stamp(path: Path) -> list:
    stat = path.stat()
    return [str(path), stat.st_size, stat.st_mtime_ns]


def stamp(database_file: Path, glossary_file: Path) -> str | None:
    """A cheap token that changes whenever the database or the glossary may have changed."""
    try:
        parts = [INDEX_FORMAT, _file_stamp(database_file), _file_stamp(glossary_file)]
        with database_file.open("rb") as header:
            # Bytes 24-27 of an SQLite file count the transactions committed to it.
            parts.append(header.read(100)[24:28].hex())
        wal = database_file.with_name(database_file.name + "-wal")
        if wal.exists():
            parts.append(_file_stamp(wal))
    except OSError:
        return None
    return json.dumps(parts)


class IndexCache:
    def __init__(self, root: Path):
        self.root = root

    def _read_stamps(self) -> dict:
        try:
            stamps = json.loads((self.root / _STAMPS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return stamps if isinstance(stamps, dict) else {}

    def fingerprint_for(self, database: str, current_stamp: str | None) -> str | None:
        """The fingerprint recorded for `database` when its stamp was `current_stamp`."""
        if current_stamp is None:
            return None
        entry = self._read_stamps().get(database)
        if isinstance(entry, dict) and entry.get("stamp") == current_stamp:
            return entry.get("fingerprint")
        return None

    def remember(self, database: str, current_stamp: str | None, index_fingerprint: str) -> None:
        if current_stamp is None:
            return
        stamps = self._read_stamps()
        stamps[database] = {"stamp": current_stamp, "fingerprint": index_fingerprint}
        self.root.mkdir(parents=True, exist_ok=True)
        self._write_atomically(self.root / _STAMPS, json.dumps(stamps, ensure_ascii=False))

    def has(self, index_fingerprint: str) -> bool:
        return (self.root / index_fingerprint).is_dir()

    def load(self, index_fingerprint: str) -> SearchIndex:
        """The cached index; OSError or ValueError if it is missing or damaged."""
        return SearchIndex.load(self.root / index_fingerprint)

    def save(self, index_fingerprint: str, index: SearchIndex) -> None:
        """Write the index next to its final place, then move it there in one step."""
        self.root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=self.root))
        final = self.root / index_fingerprint
        try:
            index.save(staging)
            if final.exists():  # a damaged copy
                shutil.rmtree(final, ignore_errors=True)
            try:
                os.replace(staging, final)
            except OSError:
                if not final.is_dir():
                    raise
                # Another process saved the same index meanwhile: keep theirs.
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        self._prune(keep=index_fingerprint)

    def _prune(self, keep: str) -> None:
        """Remove all but the newest few indexes (other databases may use those), and staging
        folders left behind by a process that was killed while saving."""
        folders = [p for p in self.root.iterdir() if p.is_dir()]
        abandoned = time.time() - _STAGING_TIMEOUT
        for folder in folders:
            if folder.name.startswith(_STAGING_PREFIX) and folder.stat().st_mtime < abandoned:
                shutil.rmtree(folder, ignore_errors=True)
        indexes = [p for p in folders if not p.name.startswith(".") and p.name != keep]
        indexes.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in indexes[_KEEP_INDEXES - 1 :]:
            shutil.rmtree(old, ignore_errors=True)

    @staticmethod
    def _write_atomically(path: Path, text: str) -> None:
        handle, temporary = tempfile.mkstemp(prefix=".stamps-", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
