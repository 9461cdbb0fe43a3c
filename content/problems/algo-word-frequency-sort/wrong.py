import re
from collections import Counter


def rank_words(text):
    # Mistake: reverse=True flips every key, so ties come out longest-first but in
    # reverse alphabetical order.
    counts = Counter(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    order = sorted(counts.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]), reverse=True)
    return [[word, count] for word, count in order]
