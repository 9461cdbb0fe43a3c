"""From text to search terms: word tokens plus the glossary's concept tokens.

Documents and queries go through the same steps, so `批归一化` in a query and
`BatchNorm` in a title meet on the concept token `@batch-norm`.

    >>> analyze_query("为啥用LN不用BN", shipped_glossary()).terms
    ['不用', '@layer-norm', '@batch-norm']
"""

from dataclasses import dataclass

from mianshi.search.glossary import Concept, Glossary
from mianshi.search.text import normalize, segment, tokenize_normalised, word_tokens


def document_terms(text: str, glossary: Glossary) -> list[str]:
    """The terms a document field is indexed under: its tokens, then one concept token per mention."""
    normalised = normalize(text)
    terms = tokenize_normalised(normalised)
    terms.extend(glossary.concept_tokens_normalised(normalised))
    return terms


class TermNumbering:
    """document_terms() of many texts as ids in one vocabulary: the fast path for a bank.

    Each distinct word is analysed and numbered once; a text then costs a
    segmentation, a dictionary look-up per word and one glossary pass.
    """

    def __init__(self, glossary: Glossary):
        self.glossary = glossary
        self.vocabulary: dict[str, int] = {}  # term -> id, in order of first use
        self._word_ids: dict[str, tuple[int, ...]] = {}

    def _number(self, term: str) -> int:
        return self.vocabulary.setdefault(term, len(self.vocabulary))

    def ids(self, text: str) -> list[int]:
        normalised = normalize(text)
        word_ids = self._word_ids
        ids: list[int] = []
        for word in segment(normalised):
            found = word_ids.get(word)
            if found is None:
                found = word_ids[word] = tuple(map(self._number, word_tokens(word)))
            if found:
                ids += found
        ids.extend(map(self._number, self.glossary.concept_tokens_normalised(normalised)))
        return ids


@dataclass(frozen=True)
class QueryAnalysis:
    text: str  # normalised
    tokens: list[str]  # words outside the concept names
    spans: list[tuple[Concept, int, int]]  # concepts named, with their place in `text`

    @property
    def concepts(self) -> list[Concept]:
        seen: dict[str, Concept] = {}
        for concept, _, _ in self.spans:
            seen.setdefault(concept.id, concept)
        return list(seen.values())

    @property
    def terms(self) -> list[str]:
        """What is scored: each remaining word and each concept once."""
        return self.tokens + [c.token for c in self.concepts]

    def outside_concepts(self) -> str:
        """The query text with the concept names blanked out (same length, same places)."""
        return _blanked(self.text, self.spans)


def _blanked(text: str, spans: list[tuple[Concept, int, int]]) -> str:
    chars = list(text)
    for _, start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def analyze_query(query: str, glossary: Glossary) -> QueryAnalysis:
    """The query's concepts, and its other words (a word inside a concept name counts once,
    as the concept)."""
    text = normalize(query)
    spans = glossary.find_normalised(text)
    tokens = tokenize_normalised(_blanked(text, spans))
    if not tokens and not spans:  # a query of stop words only: search them as they are
        tokens = tokenize_normalised(text, keep_stopwords=True)
    return QueryAnalysis(text=text, tokens=list(dict.fromkeys(tokens)), spans=spans)
