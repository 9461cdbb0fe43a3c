def _case(name, s, large=False):
    return {"name": name, "args": {"s": s}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", "aab"),
        _case("distinct", "abc"),
        _case("single", "x"),
        _case("all_same", "aaaa"),
        _case("two_pairs", "abab"),
        _case("unsorted_input", "cba"),
        _case("digits", "1122"),
    ]
    for i in range(3):
        n = int(rng.integers(3, 8))
        cases.append(_case(f"random_{i}", "".join("abcd"[j] for j in rng.integers(0, 4, size=n))))
    cases.append(_case("large_two_letters", "abababababab", large=True))
    cases.append(_case("large_distinct", "hgfedcba", large=True))
    return cases
