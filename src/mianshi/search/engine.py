"""One query against an index: analyse it, rank the documents, offer a correction."""

from dataclasses import dataclass

from mianshi.search.analyze import QueryAnalysis, analyze_query
from mianshi.search.index import SearchIndex
from mianshi.search.rank import Filters, Hit, rank
from mianshi.search.subjects import subject_of

# A correction is offered when its best hit scores this much better than the query's own.
SUGGESTION_GAIN = 1.2


@dataclass(frozen=True)
class QueryOutcome:
    analysis: QueryAnalysis
    hits: list[Hit]
    did_you_mean: str | None = None


def run_query(index: SearchIndex, text: str, filters: Filters, limit: int) -> QueryOutcome:
    """Rank the documents for `text`; no terms in it (only symbols) means no hits."""
    analysis = analyze_query(text, index.glossary)
    if not analysis.terms:
        return QueryOutcome(analysis, [])
    hits = rank(index, analysis.terms, filters, limit, subject_of(analysis))
    return QueryOutcome(analysis, hits, _did_you_mean(index, analysis, filters, hits))


def _did_you_mean(
    index: SearchIndex, analysis: QueryAnalysis, filters: Filters, hits: list[Hit]
) -> str | None:
    """A corrected query, if the glossary knows a fix that finds better hits."""
    corrected = index.speller.correct(
        analysis.text, index.knows, look_in=analysis.outside_concepts()
    )
    if corrected is None:
        return None
    fixed = analyze_query(corrected, index.glossary)
    better = rank(index, fixed.terms, filters, 1, subject_of(fixed))
    best_so_far = hits[0].score if hits else 0.0
    return corrected if better and better[0].score > SUGGESTION_GAIN * best_so_far else None
