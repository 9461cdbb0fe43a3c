"""Uploaded collections: checked (type, size, zip contents) and saved where import reads them.

Files are kept under `<data dir>/uploads/`, by name, so uploading a file again
updates the same source instead of adding a copy. A zip is unpacked into a
folder named after it; only collection files are taken from it, with no path
leaving that folder, and within the same size caps.
"""

import re
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PurePosixPath

from mianshi.errors import MianshiError
from mianshi.paths import data_dir

COLLECTION_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
MAX_FILE_BYTES = 10 << 20
MAX_TOTAL_BYTES = 20 << 20  # the request limit too (web/security.py)
MAX_ZIP_MEMBERS = 500


class UploadError(MianshiError):
    """An upload refused: wrong type, too large, or a damaged zip."""


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


def uploads_dir() -> Path:
    return data_dir() / "uploads"


def _safe_name(name: str) -> str:
    base = PurePosixPath(name.replace("\\", "/")).name
    base = re.sub(r"[\x00-\x1f/]", "_", base).strip(". ") or "upload"
    return base[:120]


def _check_size(name: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise UploadError(f"{name} is {size / 2**20:.1f} MB: each file may be at most {MAX_FILE_BYTES >> 20} MB")


def save_uploads(uploads: list[Upload], root: Path | None = None) -> list[Path]:
    """Check every upload, then save them all; returns the paths to import."""
    root = root or uploads_dir()
    if not uploads:
        raise UploadError("no file chosen: pick .md, .txt or .html files, or a .zip of a folder")
    planned: list[tuple[Path, bytes]] = []
    targets: list[Path] = []  # what import reads: each file, each unpacked zip folder
    total = 0
    for upload in uploads:
        name = _safe_name(upload.name)
        suffix = Path(name).suffix.lower()
        _check_size(name, len(upload.data))
        if suffix == ".zip":
            members = _zip_members(name, upload.data)
            folder = root / Path(name).stem
            planned += [(folder / rel, data) for rel, data in members]
            targets.append(folder)
            total += sum(len(d) for _, d in members)
        elif suffix in COLLECTION_SUFFIXES:
            planned.append((root / name, upload.data))
            targets.append(root / name)
            total += len(upload.data)
        else:
            raise UploadError(
                f"{name}: not a collection file; upload .md, .txt or .html files, or a .zip of them"
            )
        if total > MAX_TOTAL_BYTES:
            raise UploadError(f"the upload unpacks to over {MAX_TOTAL_BYTES >> 20} MB: import it in parts")
    for path, data in planned:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return list(dict.fromkeys(targets))


def _zip_members(name: str, data: bytes) -> list[tuple[Path, bytes]]:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        raise UploadError(f"{name} is not a readable zip file") from None
    members: list[tuple[Path, bytes]] = []
    total = 0
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > MAX_ZIP_MEMBERS:
            raise UploadError(f"{name} holds {len(infos)} files: at most {MAX_ZIP_MEMBERS}")
        for info in infos:
            parts = [p for p in PurePosixPath(info.filename.replace("\\", "/")).parts if p not in ("", ".")]
            if not parts or ".." in parts or parts[0].startswith("/") or any(p.startswith(".") for p in parts):
                continue
            if Path(parts[-1]).suffix.lower() not in COLLECTION_SUFFIXES:
                continue
            _check_size(f"{name}:{info.filename}", info.file_size)
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise UploadError(f"{name} unpacks to over {MAX_TOTAL_BYTES >> 20} MB: import it in parts")
            try:
                content = archive.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                raise UploadError(f"{name}: cannot read {info.filename} ({exc})") from None
            _check_size(f"{name}:{info.filename}", len(content))
            members.append((Path(*[_safe_name(p) for p in parts]), content))
    if not members:
        raise UploadError(f"{name} holds no .md, .txt or .html file")
    return members
