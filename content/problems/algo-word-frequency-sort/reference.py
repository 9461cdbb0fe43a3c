import re
from collections import Counter


def rank_words(text):
    counts = Counter(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    # one key with mixed directions: negate the numbers that sort descending
    order = sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    return [[word, count] for word, count in order]
