import numpy as np


def _case(name, a, b, large=False):
    return {"name": name, "args": {"a": a, "b": b}, "large": large}


def _random_string(rng, n, alphabet):
    return "".join(alphabet[i] for i in rng.integers(0, len(alphabet), size=n))


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("example", "abcde", "ace"),
        _case("disjoint", "abc", "def"),
        _case("substring_vs_subsequence", "abcxyzdef", "abcdef"),
        _case("empty_a", "", "abc"),
        _case("empty_both", "", ""),
        _case("identical", "interview", "interview"),
        _case("reversed", "abcdef", "fedcba"),
        _case("case_sensitive", "AbC", "abc"),
        _case("repeated_chars", "aaaa", "aa"),
        _case("unicode", "深度学习算法工程师", "学习算法的工程"),
        _case("interleaved", "axbxcxdxe", "abcde"),
    ]
    cases.append(_case("random_small", _random_string(rng, 30, "ACGT"), _random_string(rng, 25, "ACGT")))
    cases.append(_case("random_unequal", _random_string(rng, 120, "abcdefg"), _random_string(rng, 40, "abcdefg")))
    cases.append(_case("large", _random_string(rng, 1200, "ACGT"), _random_string(rng, 1100, "ACGT"), large=True))
    return cases
