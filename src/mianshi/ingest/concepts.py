"""Finding glossary concepts in a line fast: a character trie over the names' keys.

`Glossary.find` runs one large regular expression; import runs it on every
question of collections of 100,000 lines, so this matcher walks a trie
instead. It follows the glossary's rules: names compare by `name_key`
(normalised, spaces/hyphens/underscores removed), leftmost-longest, and a
name made of letters or digits must not touch other letters or digits
(`bn` is not found in `bnb`).
"""

from collections.abc import Iterable
from dataclasses import dataclass

from mianshi.search.glossary import Concept, name_key
from mianshi.search.text import normalize

_END = "\0"
_MAX_INNER_NAMES = 8  # spellings of an inner concept tried in a compound name


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _alnum(char: str) -> bool:
    return char in _ASCII_ALNUM


@dataclass(frozen=True)
class Mention:
    concept: str
    start: int  # in the normalised text
    end: int


class ConceptMatcher:
    def __init__(self, concepts: Iterable[Concept]) -> None:
        self._trie: dict = {}
        concepts = list(concepts)
        self.related: dict[str, tuple[str, ...]] = {}
        for concept in concepts:
            for other in concept.see:
                self.related.setdefault(concept.id, ())
                self.related[concept.id] += (other,)
                self.related[other] = self.related.get(other, ()) + (concept.id,)
        keys: dict[str, list[str]] = {}  # concept -> its name keys
        for concept in concepts:
            for name in concept.names:
                key = name_key(name)
                if len(key) < 2 and key.isascii():
                    continue  # one letter would match everywhere
                keys.setdefault(concept.id, []).append(key)
                self._add(key, concept.id)
        for concept_id, names in keys.items():
            for key in names:
                for variant in self._variants(key, concept_id, keys):
                    self._add(variant, concept_id)

    def _add(self, key: str, concept_id: str) -> None:
        node = self._trie
        for char in key:
            node = node.setdefault(char, {})
        node.setdefault(_END, concept_id)  # a name already taken keeps its concept

    def _variants(self, key: str, concept_id: str, keys: dict[str, list[str]]) -> list[str]:
        """A compound name with an inner concept written another way: 同步bn -> 同步批归一化.

        Glossaries list a compound under one spelling of its parts; people write
        any of them ("跨卡同步 Batch Normalization").
        """
        variants = []
        for inner, start, end in self._inner_names(key):
            if inner == concept_id:
                continue
            for other in keys.get(inner, ())[:_MAX_INNER_NAMES]:
                if other != key[start:end]:
                    variants.append(key[:start] + other + key[end:])
        return variants

    def _inner_names(self, key: str) -> list[tuple[str, int, int]]:
        """(concept, start, end) of the longest whole names inside `key`, shorter than it."""
        found = []
        start = 0
        while start < len(key):
            inner = self._longest_inner(key, start)
            if inner is None:
                start += 1
                continue
            found.append((inner[0], start, inner[1]))
            start = inner[1]
        return found

    def _longest_inner(self, chars: str | list[str], start: int) -> tuple[str, int] | None:
        """(concept, end) of the longest whole name starting at `start`, shorter than `chars`."""
        if start and _alnum(chars[start]) and _alnum(chars[start - 1]):
            return None  # "gbm" inside "lightgbm" is not a name
        node, longest = self._trie, None
        for j in range(start, len(chars)):
            node = node.get(chars[j])
            if node is None:
                break
            concept = node.get(_END)
            ends_word = not (_alnum(chars[j]) and j + 1 < len(chars) and _alnum(chars[j + 1]))
            if concept is not None and ends_word and j + 1 - start < len(chars):
                longest = (concept, j + 1)
        return longest

    def mentions(self, text: str, *, normalised: bool = False) -> list[Mention]:
        """Concept mentions in `normalize(text)`, leftmost-longest, not overlapping."""
        if not normalised:
            text = normalize(text)
        keyed = [(i, c) for i, c in enumerate(text) if not (c.isspace() or c in "-_")]
        found: list[Mention] = []
        k = 0
        while k < len(keyed):
            start, first = keyed[k]
            if _alnum(first) and start > 0 and _alnum(text[start - 1]):
                k += 1
                continue
            node = self._trie
            best: tuple[int, str] | None = None
            j = k
            while j < len(keyed):
                node = node.get(keyed[j][1])
                if node is None:
                    break
                concept = node.get(_END)
                if concept is not None:
                    end = keyed[j][0] + 1
                    if not (_alnum(keyed[j][1]) and end < len(text) and _alnum(text[end])):
                        best = (j, concept)
                j += 1
            if best is None:
                k += 1
                continue
            j, concept = best
            found.append(Mention(concept, start, keyed[j][0] + 1))
            k = j + 1
        return found

    def concepts_in(self, text: str) -> list[str]:
        return list(dict.fromkeys(m.concept for m in self.mentions(text)))

    def nested(self, normal: str, mention: Mention) -> list[str]:
        """Concepts named inside a longer name: 学习率 in 学习率调整策略, BN in 同步BN.

        `normal` is the already normalised text the mention was found in.
        """
        inner = [c for c in normal[mention.start : mention.end] if not (c.isspace() or c in "-_")]
        if len(inner) < 3:
            return []  # no name fits inside a two-character one
        found = []
        for start in range(len(inner)):
            longest = self._longest_inner(inner, start)
            if longest is not None and longest[0] != mention.concept:
                found.append(longest[0])
        return list(dict.fromkeys(found))
