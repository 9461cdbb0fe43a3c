"""An Anki package (.apkg): one note per question, one sub-deck per module.

Ids of the model, the decks and the notes are derived from stable names, so
importing a newer export into Anki updates the notes instead of duplicating them.
"""

import html
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mianshi.bank.model import Question
from mianshi.study.answer_html import markdown_to_html

DECK_ROOT = "面试 mianshi"
FIELDS = ["Question", "QuestionEn", "KeyPoints", "Answer", "Related", "Meta", "Id"]
CARD_CSS = """
.card { font-family: -apple-system, "PingFang SC", "Noto Sans CJK SC", sans-serif;
        font-size: 18px; text-align: left; color: #222; background: #fff; line-height: 1.55; }
.en { color: #777; font-size: 15px; }
.meta { color: #999; font-size: 13px; }
.keypoints { background: #fffbe6; border-left: 3px solid #f0b400; padding: 6px 10px; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 3px 6px; }
"""
FRONT = '<div class="meta">{{Meta}}</div><h3>{{Question}}</h3><div class="en">{{QuestionEn}}</div>'
BACK = (
    '{{FrontSide}}<hr id="answer"><div class="keypoints"><b>要点 Key points</b>{{KeyPoints}}</div>'
    "{{Answer}}{{#Related}}<p><b>追问 Follow-ups</b></p>{{Related}}{{/Related}}"
)


def stable_id(name: str) -> int:
    """A positive id in Anki's range, the same for the same name on every machine."""
    return 1 << 30 | zlib.crc32(name.encode("utf-8"))


@dataclass(frozen=True)
class ModuleDeck:
    module: str
    name: str  # e.g. 大模型
    questions: list[Question]


def _model():
    import genanki

    return genanki.Model(
        stable_id("mianshi-question-model-v1"),
        "mianshi 面试题",
        fields=[{"name": f} for f in FIELDS],
        templates=[{"name": "Question → Answer", "qfmt": FRONT, "afmt": BACK}],
        css=CARD_CSS,
    )


def tags_for(question: Question) -> list[str]:
    return [f"mianshi::{question.module}", f"mianshi::{question.module}::{question.topic}"]


def note_fields(question: Question, frequency: int, titles: dict[str, str]) -> list[str]:
    points = "".join(f"<li>{html.escape(p)}</li>" for p in question.keypoints)
    related = "".join(f"<li>{html.escape(titles[r])}</li>" for r in question.related if r in titles)
    asked = f" · 被问 {frequency} 次" if frequency else ""
    meta = f"{question.module}/{question.topic} · {'★' * question.difficulty}{asked}"
    return [
        html.escape(question.title),
        html.escape(question.title_en),
        f"<ul>{points}</ul>",
        markdown_to_html(question.answer),
        f"<ul>{related}</ul>" if related else "",
        html.escape(meta),
        question.id,
    ]


def write_apkg(
    path: Path,
    decks: list[ModuleDeck],
    frequencies: dict[str, int],
    titles: dict[str, str],
    on_note: Callable[[], None] = lambda: None,
) -> int:
    """Write the package; return the number of notes."""
    import genanki

    model = _model()
    anki_decks = []
    count = 0
    for module_deck in decks:
        deck_name = f"{DECK_ROOT}::{module_deck.name} {module_deck.module}"
        deck = genanki.Deck(stable_id(f"mianshi-deck-{module_deck.module}"), deck_name)
        for q in module_deck.questions:
            deck.add_note(
                genanki.Note(
                    model=model,
                    fields=note_fields(q, frequencies.get(q.id, 0), titles),
                    tags=tags_for(q),
                    guid=genanki.guid_for("mianshi", q.id),
                )
            )
            count += 1
            on_note()
        anki_decks.append(deck)
    _write_package(genanki.Package(anki_decks), path)
    return count


def _write_package(package, path: Path) -> None:
    """What genanki's write_to_file does, without leaving its SQLite file behind in /tmp."""
    import itertools
    import sqlite3
    import tempfile
    import time
    import zipfile

    with tempfile.TemporaryDirectory(prefix="mianshi-anki-") as folder:
        collection = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(collection)
        try:
            timestamp = time.time()
            package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        with zipfile.ZipFile(path, "w") as archive:
            archive.write(collection, "collection.anki2")
            archive.writestr("media", "{}")
