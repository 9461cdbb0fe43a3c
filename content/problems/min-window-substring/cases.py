import numpy as np


def _case(name, s, t, large=False):
    return {"name": name, "args": {"s": s, "t": t}, "large": large}


def _random_string(rng, n, alphabet):
    idx = rng.integers(0, len(alphabet), size=n)
    return "".join(alphabet[i] for i in idx)


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example", "ADOBECODEBANC", "ABC"),
        _case("whole_string", "aa", "aa"),
        _case("not_enough_copies", "a", "aa"),
        _case("leftmost_on_tie", "abcab", "ab"),
        _case("empty_t", "abc", ""),
        _case("empty_s", "", "a"),
        _case("both_empty", "", ""),
        _case("multiplicity_matters", "abaacbab", "aab"),
        _case("case_sensitive", "aAbBAa", "Aa"),
        _case("t_longer_than_s", "ab", "abc"),
        _case("unicode_and_spaces", "今天 天气 很好，天天 好心情", "天天好"),
        _case("single_char", "xyzzyx", "y"),
        _case("no_match", "abcdef", "xyz"),
    ]
    s = _random_string(rng, 60, "abcd")
    cases.append(_case("random_small", s, _random_string(rng, 5, "abcd")))
    s = _random_string(rng, 300, "abcdefgh")
    cases.append(_case("random_repeats_in_t", s, "aabbbc" + _random_string(rng, 4, "defgh")))
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    s = _random_string(rng, 200_000, alphabet)
    t = _random_string(rng, 40, alphabet[:20]) + "zz"
    cases.append(_case("large", s, t, large=True))
    return cases
