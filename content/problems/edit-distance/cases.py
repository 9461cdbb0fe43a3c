import numpy as np


def _case(name, a, b, large=False):
    return {"name": name, "args": {"a": a, "b": b}, "large": large}


def _word(rng, length, alphabet="abcd"):
    return "".join(rng.choice(list(alphabet), size=length))


def generate(rng: np.random.Generator) -> list[dict]:
    cases = [
        _case("both-empty", "", ""),
        _case("a-empty", "", "abc"),
        _case("b-empty", "hello", ""),
        _case("identical", "transformer", "transformer"),
        _case("kitten-sitting", "kitten", "sitting"),
        _case("one-substitution", "attention", "attentian"),
        _case("one-insertion", "norm", "norms"),
        _case("one-deletion", "dropout", "dropot"),
        _case("adjacent-swap", "ab", "ba"),
        _case("completely-different", "abc", "xyz"),
        _case("chinese", "机器学习", "深度学习"),
        _case("chinese-mixed", "卷积神经网络CNN", "循环神经网络RNN"),
        _case("repeated-characters", "aaaaaaa", "aaa"),
        _case("short-vs-long", "q", _word(rng, 40, "pqrs")),
        _case("case-sensitive", "Softmax", "softmax"),
    ]
    for length_a, length_b in [(5, 7), (12, 12), (30, 18), (60, 75)]:
        cases.append(_case(f"random-{length_a}-{length_b}", _word(rng, length_a), _word(rng, length_b)))
    base = _word(rng, 600, "abcdefgh")
    edited = list(base)
    for position in rng.choice(len(edited), size=120, replace=False):
        edited[position] = rng.choice(list("abcdefghxyz"))
    cases.append(_case("large", base, "".join(edited[:-30]) + _word(rng, 50, "xyz"), large=True))
    return cases
