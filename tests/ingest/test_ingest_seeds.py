"""Importing the real seed collections (../shared/seeds), when they are present."""

import pytest
from ingestkit import SEEDS

from mianshi.services.bank import init_database
from mianshi.services.ingest import frequency_ranking, import_paths, list_gaps

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir(),
    reason=f"seed collections not found at {SEEDS} (they live next to the repository)",
)


def test_seed_collections_import_with_sane_figures(tmp_path):
    (tmp_path / "data").mkdir()
    url = f"sqlite:///{tmp_path / 'data' / 'seeds.db'}"
    init_database(url)
    report = import_paths([SEEDS], url)
    assert not report.failed
    lines = {s.name[:3]: s for s in report.sources}
    assert len(lines) == 5
    assert all(s.stats["found"] >= 100 for s in lines.values())
    # the README saved as a page and its Markdown are one collection
    assert lines["000"].family == lines["001"].family
    assert len({lines[k].family for k in ("001", "002", "003", "004")}) == 4
    # the list with characters swapped in pairs, found and repaired
    assert (
        lines["004"].stats["garbled"] >= 4
        and lines["004"].stats["repaired"] == lines["004"].stats["garbled"]
    )
    assert sum(s.stats["garbled"] for k, s in lines.items() if k != "004") == 0
    # the question-and-answer collection has answers; its table of contents repeats its questions
    assert lines["003"].stats["answers"] >= 100
    assert lines["003"].stats["duplicates"] >= 100
    assert sum(s.stats["matched"] for s in lines.values()) >= 200
    # The shipped bank answers nearly every question the seed collections ask: few are
    # gaps, and few wait for a person in review-matches.
    distinct = report.clusters
    gaps = list_gaps(url)
    assert len(gaps) <= 0.03 * distinct, [(g.module, g.text) for g in gaps]
    assert report.uncertain <= 0.1 * distinct
    ranked = frequency_ranking(url)
    gap_keys = {g.key for g in gaps}
    assert ranked and not any(r.key in gap_keys for r in ranked[:20])  # the most asked are answered
    assert sum(bool(r.question_id) for r in ranked[:20]) >= 15
    assert [r.frequency for r in ranked] == sorted((r.frequency for r in ranked), reverse=True)
