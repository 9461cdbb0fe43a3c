def _case(name, s, large=False):
    return {"name": name, "args": {"s": s}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", "abc"),
        _case("duplicates", "aab"),
        _case("empty", ""),
        _case("single", "z"),
        _case("all_same", "aaaa"),
        _case("two_letters", "ba"),
        _case("unicode", "深度学习"),
        _case("case_sensitive", "aA"),
    ]
    for i in range(3):
        n = int(rng.integers(3, 10))
        cases.append(_case(f"random_{i}", "".join("abc"[j] for j in rng.integers(0, 3, size=n))))
    cases.append(_case("large", "abcdefghijklmnop", large=True))
    return cases
