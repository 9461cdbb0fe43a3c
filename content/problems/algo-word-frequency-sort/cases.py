def _case(name, text, large=False):
    return {"name": name, "args": {"text": text}, "large": large}


WORDS = ["model", "loss", "data", "train", "batch", "layer", "token", "the", "a", "of", "attention", "gpu"]


def _text(rng, n):
    words = [WORDS[i] for i in rng.integers(0, len(WORDS), size=n)]
    seps = [" ", ", ", ". ", "\n", " - ", "123 "]
    return "".join((w.upper() if rng.random() < 0.1 else w) + seps[int(rng.integers(0, len(seps)))] for w in words)


def generate(rng) -> list[dict]:
    cases = [
        _case("example", "the cat and the hat. The END, and"),
        _case("empty", ""),
        _case("no_letters", "123, 456 !!"),
        _case("single", "Hello"),
        _case("case_folding", "Apple apple APPLE"),
        _case("ties_by_length_then_alpha", "bb a ccc aa b c dd"),
        _case("digits_split_words", "abc1def abc"),
        _case("unicode_is_separator", "naïve café"),
    ]
    for i in range(3):
        cases.append(_case(f"random_{i}", _text(rng, int(rng.integers(5, 60)))))
    cases.append(_case("large", _text(rng, 150_000), large=True))
    return cases
