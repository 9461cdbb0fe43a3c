"""The question as the bank holds it."""

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Question:
    id: str
    module: str
    topic: str
    title: str
    title_en: str
    difficulty: int
    keypoints: list[str]
    answer: str
    aliases: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    problem: str | None = None
    path: Path | None = field(default=None, compare=False)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("path")
        return data

    @property
    def content_hash(self) -> str:
        """Hash of everything stored for the question: a reload rewrites a row only if it moved."""
        payload = json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(payload.encode()).hexdigest()[:16]
