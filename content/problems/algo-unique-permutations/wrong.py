def unique_permutations(s):
    # Mistake: no de-duplication, so repeated letters produce repeated permutations.
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for rest in unique_permutations(s[:i] + s[i + 1:]):
            out.append(c + rest)
    return sorted(out)
