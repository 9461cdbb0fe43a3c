"""Chinese word frequencies from jieba's dictionary, as costs (-log P(word)).

Used to read Chinese text as dictionary words: the garbled-line repair of the
importer, and the self-check, which does not require "words" that are only
segmentation debris (头有, 占层).
"""

import marshal
import math
import re
from functools import lru_cache
from pathlib import Path

from mianshi.paths import cache_dir

MAX_WORD = 5
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


@lru_cache(maxsize=1)
def word_costs() -> tuple[dict[str, float], float]:
    """-log P(word) for the words of jieba's dictionary (CJK only), and the cost of an unknown character.

    Derived once from jieba's dict.txt and cached (marshal) in the cache directory.
    """
    import jieba

    path = Path(jieba.__file__).resolve().parent / "dict.txt"
    stat = path.stat()
    cache = cache_dir() / f"word-costs-{stat.st_size}-{int(stat.st_mtime)}.marshal"
    try:
        costs, unknown = marshal.loads(cache.read_bytes())
        return costs, unknown
    except (OSError, ValueError, EOFError, TypeError):
        pass
    costs, unknown = _read_costs(path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache.with_suffix(".tmp")
        temporary.write_bytes(marshal.dumps((costs, unknown)))
        temporary.replace(cache)
    except OSError:
        pass  # a read-only cache directory only costs time
    return costs, unknown


def _read_costs(path: Path) -> tuple[dict[str, float], float]:
    counts: dict[str, int] = {}
    total = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word, count, _ = line.split(" ", 2)
            if len(word) <= MAX_WORD and _CJK_WORD.fullmatch(word) or len(word) == 1:
                n = int(count)
                counts[word] = counts.get(word, 0) + n
                total += n
    log_total = math.log(total)
    costs = {word: log_total - math.log(n) for word, n in counts.items() if n > 0}
    return costs, log_total - math.log(0.5)


def is_dictionary_word(word: str) -> bool:
    """Whether jieba's dictionary has this (Chinese) word."""
    return word in word_costs()[0]
