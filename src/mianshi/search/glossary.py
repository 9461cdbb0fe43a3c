"""The glossary of the field: one concept, many names (BN = BatchNorm = 批归一化).

A concept found in a text becomes a concept token `@<id>`, so a query and a
document that name the same thing in different languages share a token.

    >>> glossary = shipped_glossary()
    >>> [c.id for c in glossary.concepts_in("为啥 Transformer 用 layer-norm 不用批归一化")]
    ['transformer', 'layer-norm', 'batch-norm']
"""

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from mianshi.errors import ContentError
from mianshi.paths import content_dir
from mianshi.search.text import normalize

CONCEPT_PREFIX = "@"
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_JOINERS = re.compile(r"[\s\-_]+")
_WORD_CHAR = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


@dataclass(frozen=True)
class Concept:
    id: str
    zh: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    abbr: tuple[str, ...] = ()
    see: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return self.abbr + self.en + self.zh

    @property
    def token(self) -> str:
        return CONCEPT_PREFIX + self.id

    @property
    def label(self) -> str:
        """A short human label: the first abbreviation or English name, and a Chinese name."""
        head = (self.abbr or self.en or self.zh)[0]
        zh = self.zh[0] if self.zh and self.zh[0] != head else ""
        return f"{head} ({zh})" if zh else head

    def to_record(self) -> dict:
        return {"id": self.id, "zh": self.zh, "en": self.en, "abbr": self.abbr, "see": self.see}


def name_key(name: str) -> str:
    """How names are compared: normalised, with spaces, hyphens and underscores removed."""
    return _JOINERS.sub("", normalize(name))


# Word boundaries become a marker character before matching, so an English name is only
# found as whole words (`bn` not inside `xbn`) and joiners can then be dropped. In
# normalised text without '_', an ASCII \b is exactly a boundary of [a-z0-9] words.
_BOUNDARY_MARK = "\x01"
_BOUNDARY = re.compile(r"\b", re.ASCII)
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_MAX_JOIN_VARIANTS = 4  # names of up to this many words match with any of their joiners dropped


def _marked(text: str) -> str:
    """Normalised text with its words marked and its joiners (space, '-', '_') dropped."""
    marked = _BOUNDARY.sub(_BOUNDARY_MARK, text.replace("_", " "))
    return marked.replace(" ", "").replace("-", "")


def _marked_with_positions(text: str) -> tuple[str, list[int]]:
    """_marked(text), and for each of its characters the index in `text` it stands for."""
    chars: list[str] = []
    positions: list[int] = []
    previous_is_word = False
    for i, char in enumerate(text):
        is_word = char in _WORD_CHAR
        if is_word and not previous_is_word:
            chars.append(_BOUNDARY_MARK)
            positions.append(i)
        elif previous_is_word and not is_word:
            chars.append(_BOUNDARY_MARK)
            positions.append(i - 1)
        if char not in " -_":
            chars.append(char)
            positions.append(i)
        previous_is_word = is_word
    if previous_is_word:
        chars.append(_BOUNDARY_MARK)
        positions.append(len(text) - 1)
    return "".join(chars), positions


def _name_variants(normalised: str) -> set[str]:
    """The marked forms a (normalised) name may take in text: as written, and with words
    run together."""
    variants = {_marked(normalised)}
    words = list(_ASCII_WORD.finditer(normalised))
    gaps = [  # joiners between two words of the name, which the text may leave out
        (a.end(), b.start())
        for a, b in zip(words, words[1:], strict=False)
        if b.start() > a.end() and not normalised[a.end() : b.start()].strip(" -_")
    ]
    if len(gaps) < _MAX_JOIN_VARIANTS:
        for mask in range(1, 2 ** len(gaps)):
            text, shift = normalised, 0
            for bit, (start, end) in enumerate(gaps):
                if mask >> bit & 1:
                    text = text[: start - shift] + text[end - shift :]
                    shift += end - start
            variants.add(_marked(text))
    else:
        variants.add(_marked(_JOINERS.sub("", normalised)))
    return variants


class _Matcher:
    """Finds names in normalised text in one leftmost-longest Aho-Corasick pass.

    `batch norm`, `batch-norm` and `batchnorm` are one name; a name made of
    letters or digits matches whole words only.
    """

    def __init__(self, patterns: dict[str, str]):
        """`patterns`: marked name variant -> concept id (see `patterns_of`)."""
        import ahocorasick_rs

        self.patterns = patterns
        self._concept_ids = list(patterns.values())
        self._automaton = (
            ahocorasick_rs.AhoCorasick(
                list(patterns), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
            )
            if patterns
            else None
        )

    @staticmethod
    def patterns_of(names: list[tuple[str, str]]) -> dict[str, str]:
        """The patterns for (normalised name, concept id) pairs."""
        patterns: dict[str, str] = {}
        for name, concept_id in names:
            for variant in _name_variants(name):
                patterns.setdefault(variant, concept_id)
        return patterns

    def concept_ids(self, text: str) -> list[str]:
        """The concept of each name in `text` (normalised), in order."""
        if self._automaton is None or not text:
            return []
        ids = self._concept_ids
        return [ids[i] for i, _, _ in self._automaton.find_matches_as_indexes(_marked(text))]

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        """(concept id, start, end) of each name in `text` (normalised)."""
        if self._automaton is None or not text:
            return []
        marked, positions = _marked_with_positions(text)
        return [
            (self._concept_ids[i], positions[start], positions[end - 1] + 1)
            for i, start, end in self._automaton.find_matches_as_indexes(marked)
        ]


@dataclass
class Glossary:
    concepts: dict[str, Concept]

    @cached_property
    def normalised_names(self) -> list[tuple[str, str]]:
        """(normalised name, concept id) of every name: normalising is the costly part."""
        return [
            (normalised, concept.id)
            for concept in self.concepts.values()
            for normalised in map(normalize, concept.names)
            if _JOINERS.sub("", normalised)
        ]

    @cached_property
    def _by_key(self) -> dict[str, str]:
        keys: dict[str, str] = {}
        for normalised, concept_id in self.normalised_names:
            keys.setdefault(_JOINERS.sub("", normalised), concept_id)
        return keys

    @cached_property
    def _names_patterns(self) -> dict[str, re.Pattern]:
        names: dict[str, list[str]] = {}
        for normalised, concept_id in self.normalised_names:
            names.setdefault(concept_id, []).append(normalised)
        return {
            c: re.compile("|".join(map(re.escape, sorted(found, key=len, reverse=True))))
            for c, found in names.items()
        }

    def names_pattern(self, concept_id: str) -> re.Pattern:
        """A pattern matching any of the concept's normalised names, longest first."""
        return self._names_patterns[concept_id]

    @cached_property
    def _matcher(self) -> _Matcher:
        return _Matcher(_Matcher.patterns_of(self.normalised_names))

    def compiled(self) -> dict:
        """The tables derived from the names, which take a while to compute: a search index
        caches them with the glossary."""
        return {"names": self.normalised_names, "patterns": self._matcher.patterns}

    @classmethod
    def from_records(cls, records: list[dict], compiled: dict | None = None) -> "Glossary":
        """A glossary from `Concept.to_record()` dicts that were validated before (a cache),
        with the tables of `compiled()` if they were kept too."""
        concepts = {
            r["id"]: Concept(
                r["id"], *(tuple(r.get(key) or ()) for key in ("zh", "en", "abbr", "see"))
            )
            for r in records
        }
        glossary = cls(concepts)
        if compiled is not None:
            names = [(name, concept_id) for name, concept_id in compiled["names"]]
            glossary.__dict__["normalised_names"] = names  # fills the cached properties
            glossary.__dict__["_matcher"] = _Matcher(dict(compiled["patterns"]))
        return glossary

    def to_records(self) -> list[dict]:
        return [concept.to_record() for concept in self.concepts.values()]

    def lookup(self, name: str) -> Concept | None:
        concept_id = self._by_key.get(name_key(name))
        return self.concepts.get(concept_id) if concept_id else None

    def find(self, text: str) -> list[tuple[Concept, int, int]]:
        """Concepts named in `text`, leftmost-longest, as (concept, start, end) in normalised text."""
        return self.find_normalised(normalize(text))

    def find_normalised(self, text: str) -> list[tuple[Concept, int, int]]:
        """Like find(), for text that already went through normalize()."""
        spans = self._matcher.spans(text)
        return [(self.concepts[concept_id], start, end) for concept_id, start, end in spans]

    def concept_tokens_normalised(self, text: str) -> list[str]:
        """The concept token of each name in `text` (normalised), in order: the fast path."""
        return [CONCEPT_PREFIX + concept_id for concept_id in self._matcher.concept_ids(text)]

    def concept_ids_normalised(self, text: str) -> list[str]:
        """The concept id of each name in `text` (normalised), in order."""
        return self._matcher.concept_ids(text)

    def concepts_in(self, text: str) -> list[Concept]:
        seen: dict[str, Concept] = {}
        for concept, _, _ in self.find(text):
            seen.setdefault(concept.id, concept)
        return list(seen.values())


def _as_names(value, where: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(
        isinstance(v, str | int) and str(v).strip() for v in value
    ):
        problems.append(f"{where}: names must be a list of non-empty strings")
        return ()
    return tuple(str(v).strip() for v in value)


def _parse(path: Path) -> tuple[object, list[int]]:
    """The YAML data and the line of each top-level item."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=loader)
        data = yaml.load(text, Loader=loader)
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError([f"{path}:1: cannot read glossary: {exc}"]) from exc
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise ContentError([f"{path}:{line}: malformed glossary: {exc.problem}"]) from exc
    lines = [item.start_mark.line + 1 for item in getattr(node, "value", [])]
    return data, lines


def load_glossary(path: Path | None = None) -> Glossary:
    """Read and validate glossary.yaml; raise ContentError listing every problem."""
    path = path or content_dir() / "glossary.yaml"
    data, lines = _parse(path)
    if not isinstance(data, list):
        raise ContentError([f"{path}:1: the glossary must be a list of concepts"])
    problems: list[str] = []
    concepts: dict[str, Concept] = {}
    owner: dict[str, str] = {}
    for raw, line in zip(data, lines, strict=True):
        where = f"{path}:{line}"
        if not isinstance(raw, dict) or not _ID.match(str(raw.get("id", ""))):
            problems.append(f"{where}: each concept needs a kebab-case id")
            continue
        unknown = set(raw) - {"id", "zh", "en", "abbr", "see"}
        if unknown:
            problems.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        concept = Concept(
            id=raw["id"],
            zh=_as_names(raw.get("zh"), where, problems),
            en=_as_names(raw.get("en"), where, problems),
            abbr=_as_names(raw.get("abbr"), where, problems),
            see=_as_names(raw.get("see"), where, problems),
        )
        if concept.id in concepts:
            problems.append(f"{where}: duplicate concept id '{concept.id}'")
            continue
        if len(concept.names) < 2:
            problems.append(f"{where}: concept '{concept.id}' needs at least two names")
        for name in concept.names:
            key = name_key(name)
            if not key:
                problems.append(f"{where}: name '{name}' has no letters or digits")
            elif key in owner and owner[key] != concept.id:
                problems.append(f"{where}: name '{name}' already belongs to '{owner[key]}'")
            owner.setdefault(key, concept.id)
        concepts[concept.id] = concept
    for concept in concepts.values():
        for other in concept.see:
            if other not in concepts:
                problems.append(f"{path}:1: '{concept.id}' sees unknown concept '{other}'")
    if problems:
        raise ContentError(problems)
    return Glossary(concepts)


def shipped_glossary() -> Glossary:
    """The glossary of the content folder in use, loaded once per file version."""
    path = content_dir() / "glossary.yaml"
    try:
        version = path.stat().st_mtime_ns
    except OSError:
        version = None  # load_glossary says what is wrong
    return _glossary_at(path, version)


@lru_cache(maxsize=4)
def _glossary_at(path: Path, version: int | None) -> Glossary:
    return load_glossary(path)
