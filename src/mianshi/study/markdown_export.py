"""A printable revision sheet: one Markdown file per module, most-asked questions first."""

from dataclasses import dataclass

from mianshi.bank.model import Question
from mianshi.study.answer_html import formulas_safe_in_tables


@dataclass(frozen=True)
class ModuleSheet:
    module: str
    name: str
    name_en: str
    topic_names: dict[str, str]
    questions: list[Question]


def by_frequency(questions: list[Question], frequencies: dict[str, int]) -> list[Question]:
    return sorted(questions, key=lambda q: (-frequencies.get(q.id, 0), q.topic, q.difficulty, q.id))


def _anchor(question: Question) -> str:
    return f"q-{question.id}"


def module_markdown(sheet: ModuleSheet, frequencies: dict[str, int], titles: dict[str, str]) -> str:
    ordered = by_frequency(sheet.questions, frequencies)
    lines = [
        f"# {sheet.name} {sheet.name_en}",
        "",
        f"{len(ordered)} 题，按被问频次排序（频次 = 收录该题的独立题库数）。",
        "",
        "| # | 题目 | 主题 | 难度 | 频次 |",
        "|---|---|---|---|---|",
    ]
    for n, q in enumerate(ordered, 1):
        title = q.title.replace("|", "\\|")
        lines.append(
            f"| {n} | [{title}](#{_anchor(q)}) | {sheet.topic_names.get(q.topic, q.topic)} "
            f"| {'★' * q.difficulty} | {frequencies.get(q.id, 0)} |"
        )
    for n, q in enumerate(ordered, 1):
        lines += [
            "",
            "---",
            "",
            f'<a id="{_anchor(q)}"></a>',
            "",
            f"## {n}. {q.title}",
            "",
            f"*{q.title_en}*  ",
            f"`{q.id}` · {sheet.topic_names.get(q.topic, q.topic)} · 难度 {'★' * q.difficulty}"
            f" · 频次 {frequencies.get(q.id, 0)}",
            "",
            "**要点**",
            "",
            *[f"- {p}" for p in q.keypoints],
            "",
            formulas_safe_in_tables(q.answer.strip()),
        ]
        follow_ups = [r for r in q.related if r in titles]
        if follow_ups:
            lines += ["", "**追问**", "", *[f"- {titles[r]} (`{r}`)" for r in follow_ups]]
        if q.problem:
            lines += ["", f"**手撕 Practice**: `mianshi problem {q.problem}`"]
    return "\n".join(lines) + "\n"


def index_markdown(sheets: list[ModuleSheet]) -> str:
    lines = ["# 面试复习提纲 mianshi revision sheets", ""]
    for sheet in sheets:
        lines.append(
            f"- [{sheet.name} {sheet.name_en}]({sheet.module}.md): {len(sheet.questions)} 题"
        )
    return "\n".join(lines) + "\n"
