"""Blocks -> questions, with their answers and the context their sections give.

Layouts handled (all seen in real collections): Markdown tables of bold
links; `### 问题N：...` headings followed by an answer; numbered headings
(`# 01. 标题`) with an answer body; bullet and numbered lists, nested or
escaped (`\\- `); plain lines followed by `答：` answers; pages saved as
rendered text, where section titles are bare short lines before a list.

A heading, a list item that holds other items, or a short bare line before a
list is *context* (section, company, module hint), not a question. Cue-less
items ("CLIP框架") are questions only in a list that is mostly questions.
"""

import re
from dataclasses import dataclass, field

from mianshi.ingest import cues
from mianshi.ingest.blocks import Block, to_blocks
from mianshi.ingest.context import companies_in, module_hint
from mianshi.ingest.htmltext import html_to_lines
from mianshi.ingest.markup import clean_inline, normalize_question

_TOC = re.compile(r"^\s*(?:目录|contents|table of contents|toc)\s*$", re.IGNORECASE)
_EXPLICIT = re.compile(r"^\s*(?:问题|第)\s*\d+|^\s*[Qq]\s*\d+\s*[:：.]")
_DEFINITION = re.compile(r"^[^:：?？]{1,16}[:：]\s*\S.{8,}")
_RESOURCE_ENTRY = re.compile(r"\]\((?:https?:)?//[^)]*\)\**\s*(?:[:：\-—–]|$)")
_TABLE_HEADERS = {"问题", "题目", "答案", "解答", "序号", "question", "answer", "no", "no."}
_IMPLICIT_LEVEL = 8.0  # a bare short line before a list
_SECTION_LEVEL = 7.0  # numbered section titles (+ depth / 10)
_TITLE_CHARS = 24
_LABEL_CHARS = 12  # a list item this short over lines that ask is their section label
_ANSWER_LINE_CHARS = 40  # an unindented line after a plain question is its answer only if this long
_LIST_TITLE_LEVEL = 8.5  # a list item titling a table or a list of another kind
_CONTAINER_LEVEL = 9.0  # a list item holding deeper items (+ indent)
# Weak-cue and cue-less lines count only in groups where this share asks outright.
_WEAK_SHARE = 0.3
_BARE_SHARE = 0.5


@dataclass
class ParsedQuestion:
    line: int
    raw: str
    text: str
    answer: str | None
    has_code: bool
    context: dict


@dataclass
class _Candidate:
    block: Block
    text: str  # cleaned, before normalisation
    strength: int
    headings: tuple[str, ...]
    answer: list[str] = field(default_factory=list)


@dataclass
class _Open:
    candidate: _Candidate
    mode: str  # heading | item | text
    indent: int = 0


def _strength(text: str) -> int:
    """Question strength of a line once its numbering, prefix and part marker are gone."""
    normal = normalize_question(text).text
    if cues.is_formula(normal):
        return 0
    if text.rstrip().endswith("。") and "，" in text and not cues.asks_outright(normal):
        return 0  # a statement of clauses: "请求完成后立即让新请求补位，不必等整批结束。"
    if cues.looks_like_section(normal):
        return 0 if cues.is_section_title(normal) else min(cues.question_strength(normal), 1)
    return cues.question_strength(normal)


class _Walker:
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.stack: list[tuple[float, str]] = []
        self.candidates: list[_Candidate] = []
        self.open: _Open | None = None

    # -- context -------------------------------------------------------
    def _push(self, level: float, text: str, toc: bool = False) -> None:
        """`toc`: a table-of-contents heading is kept, so that its entries form a group of their own."""
        self.stack = [(lv, t) for lv, t in self.stack if lv < level]
        if text and (toc or not _TOC.match(text)):
            self.stack.append((level, text))

    def _pop_to(self, level: float) -> None:
        self.stack = [(lv, t) for lv, t in self.stack if lv < level]

    def _headings(self) -> tuple[str, ...]:
        return tuple(t for _, t in self.stack)

    def _next(self, i: int) -> Block | None:
        for k in range(i + 1, len(self.blocks)):
            if self.blocks[k].kind != "blank":
                return self.blocks[k]
        return None

    # -- questions -----------------------------------------------------
    def _add(self, block: Block, text: str, strength: int, mode: str) -> _Candidate:
        candidate = _Candidate(block, text, strength, self._headings())
        self.candidates.append(candidate)
        self.open = _Open(candidate, mode, block.indent)
        return candidate

    def _answer(self, block: Block) -> None:
        assert self.open is not None
        self.open.candidate.answer.append(block.raw if block.kind != "answer" else block.text)

    def _heading_is_question(self, i: int, block: Block, text: str) -> bool:
        if _EXPLICIT.match(block.text):
            return True
        normal = normalize_question(text).text
        if not text or cues.looks_like_section(text) or cues.is_part_heading(text):
            return False
        body, deeper = False, []
        for k in range(i + 1, len(self.blocks)):
            later = self.blocks[k]
            if later.kind == "heading":
                if later.level <= block.level:
                    break
                deeper.append(later)
            elif not deeper:
                body = body or later.kind in ("text", "item", "code", "answer", "row")
        if cues.heading_asks(normal):
            # It asks: a question, with or without a body; its sub-headings are the
            # answer's sections. Unless it titles questions asked beneath it.
            asks_below = any(cues.is_follow_up(normalize_question(h.text).text) for h in deeper)
            return "?" in normal or body or not asks_below
        # A bare topic (`## 6. 梯度裁剪`, numbered or not) does not ask, whatever its body.
        return not deeper and body and _strength(text) >= 2

    def _container_level(self, i: int, block: Block, text: str, strength: int) -> float | None:
        """An item titling what follows: deeper items (its children), a table, or a list of another kind."""
        if strength == 3 or len(text) > _TITLE_CHARS or re.search(r"[,，。;；]", text):
            return None
        after = self._next(i)
        if after is None or after.kind not in ("row", "item"):
            return None
        if after.kind == "item" and after.indent > block.indent:
            return _CONTAINER_LEVEL + block.indent / 100
        if after.kind == "row" or after.marker != block.marker:
            return _LIST_TITLE_LEVEL
        return None

    def _titles_text(self, i: int, text: str, strength: int) -> bool:
        """A list item that does not ask outright, over plain lines, is their title
        when it reads as one, or when it is a short label over lines that ask
        ("◦ 训练技巧" over article titles)."""
        after = self._next(i)
        if strength == 3 or after is None or after.kind != "text":
            return False
        if strength < 2 and cues.looks_like_section(text):
            return True
        return len(text) <= _LABEL_CHARS and _strength(clean_inline(after.text)) >= 2

    def _on_heading(self, i: int, block: Block) -> None:
        text = block.text
        level = float(block.level)
        open_ = self.open
        if (
            open_ is not None
            and open_.mode == "heading"
            and block.level > open_.candidate.block.level
            and not _EXPLICIT.match(text)
            and not cues.is_follow_up(normalize_question(text).text)
        ):
            self._answer(block)  # a section of the answer: 简介, 优点, 2.4缺点, <summary>
            return
        self.open = None
        if self._heading_is_question(i, block, text):
            self._pop_to(level)
            self._add(block, text, 3, "heading")
        else:
            self._push(level, text, toc=True)

    def _previous(self, i: int) -> Block | None:
        for k in range(i - 1, -1, -1):
            if self.blocks[k].kind != "blank":
                return self.blocks[k]
        return None

    def _on_item(self, i: int, block: Block, text: str) -> None:
        if self.open and self.open.mode == "heading":
            self._answer(block)
            return
        strength = _strength(text)
        if block.depth and (strength < 3 or (block.depth == 1 and len(text) <= 10)):
            self.open = None  # a numbered section title: 一、基础 / 3.2 transformer 细节
            self._push(_SECTION_LEVEL + block.depth / 10, text)
            return
        if self.open and block.indent > self.open.indent:
            before = self._previous(i)
            in_run = before is not None and before.kind == "item" and before.indent == block.indent
            title = None if in_run else self._container_level(i, block, text, strength)
            if title is not None:
                self.open = None
                self._push(title, text)
            elif strength == 3 and block.marker == "bullet" and not _DEFINITION.match(text):
                self._add(block, text, strength, "item")  # a sibling question written one level in
            else:
                self._answer(block)
            return
        self.open = None
        title = self._container_level(i, block, text, strength)
        if title is None and self._titles_text(i, text, strength):
            title = _IMPLICIT_LEVEL
        if title is not None or cues.is_section_title(text):
            self._push(title or _CONTAINER_LEVEL + block.indent / 100, text)
            return
        self._pop_to(_CONTAINER_LEVEL + block.indent / 100)
        self._add(block, text, strength, "item")

    def _on_text(self, i: int, block: Block, text: str) -> None:
        if self.open and self.open.mode == "heading":
            self._answer(block)
            return
        strength = _strength(text)
        asks = strength >= 2 and not cues.looks_like_section(normalize_question(text).text)
        after = self._next(i)
        title = not asks and len(text) <= 30 and after is not None and after.kind in ("item", "row")
        deeper = self.open is not None and block.indent > self.open.indent
        same_level_answer = (
            self.open is not None
            and self.open.candidate.block.marker != "bullet"
            and len(text) >= _ANSWER_LINE_CHARS
        )
        if self.open and not title and (deeper or (not asks and same_level_answer)):
            self._answer(block)
            return
        self.open = None
        if asks or (strength == 1 and not title):
            self._pop_to(_CONTAINER_LEVEL)
            self._add(block, text, strength, "text")
        elif title:
            self._push(_IMPLICIT_LEVEL, text)

    def _on_row(self, block: Block) -> None:
        if self.open and self.open.mode == "heading":
            self._answer(block)
            return
        self.open = None
        cells = [c for c in block.cells if c]
        if not cells or cells[0].strip().lower() in _TABLE_HEADERS:
            return
        candidate = self._add(block, cells[0], _strength(cells[0]), "row")
        candidate.answer.extend(cells[1:])
        self.open = None

    def run(self) -> list[_Candidate]:
        for i, block in enumerate(self.blocks):
            kind = block.kind
            if kind == "heading":
                self._on_heading(i, block)
            elif kind == "row":
                self._on_row(block)
            elif kind == "item":
                self._on_item(i, block, clean_inline(block.text))
            elif kind == "text":
                self._on_text(i, block, clean_inline(block.text))
            elif kind == "answer":
                if (
                    self.open is None
                    and self.candidates
                    and self.candidates[-1].block.line >= block.line - 3
                ):
                    self.open = _Open(self.candidates[-1], "text", block.indent)
                if self.open is not None:
                    self._answer(block)
            elif kind in ("code", "blank") and self.open is not None:
                self._answer(block)
        return self.candidates


def _accepted(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop non-questions: weak and cue-less lines survive only in groups that mostly ask."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for c in candidates:
        counts = groups.setdefault(c.headings, [0, 0, 0])  # size, asking outright, asking at all
        counts[0] += 1
        counts[1] += c.strength == 3
        counts[2] += c.strength >= 2
    kept = []
    for c in candidates:
        if "://" in c.block.raw and (
            c.strength < 3
            or _RESOURCE_ENTRY.search(c.block.raw)
            or any(cues.is_resource_heading(h) for h in c.headings)
        ):
            continue  # a link in a reading list: `- [vLLM](https://...)：高吞吐推理实现`
        size, outright, asking = groups[c.headings]
        if (
            c.strength == 3
            or (
                c.strength == 2 and (outright / size >= _WEAK_SHARE or asking / size >= _BARE_SHARE)
            )
            or (c.strength == 1 and size >= 3 and asking / size >= _BARE_SHARE)
        ):
            kept.append(c)
    return kept


def _context(c: _Candidate, category: str | None, note: str | None) -> dict:
    companies: list[str] = []
    for heading in c.headings:
        companies.extend(companies_in(heading))
    context: dict = {"headings": list(c.headings)}
    companies = list(dict.fromkeys(companies))
    if len(companies) == 1:
        context["company"] = companies[0]
    elif companies:
        context["companies"] = companies
    hint = module_hint(list(c.headings))
    if hint:
        context["module_hint"] = hint
    if category:
        context["category"] = category
    if note:
        context["note"] = note
    return context


def _answer_text(lines: list[str]) -> str | None:
    text = "\n".join(lines).strip("\n")
    return text if text.strip() else None


def parse_lines(lines: list[tuple[int, str]]) -> list[ParsedQuestion]:
    candidates = _accepted(_Walker(to_blocks(lines)).run())
    questions = []
    for c in candidates:
        normal = normalize_question(c.text)
        if len(normal.text) < 2:
            continue
        answer = _answer_text(c.answer)
        questions.append(
            ParsedQuestion(
                line=c.block.line,
                raw=c.block.raw.strip(),
                text=normal.text,
                answer=answer,
                has_code=bool(answer and "```" in answer),
                context=_context(c, normal.category, normal.note),
            )
        )
    return questions


def parse_text(text: str, fmt: str) -> list[ParsedQuestion]:
    """Questions of a decoded collection; `fmt` is markdown, text or html."""
    lines = html_to_lines(text) if fmt == "html" else list(enumerate(text.split("\n"), start=1))
    return parse_lines(lines)
