def sum_triples(nums):
    # Mistake: forgets that c must be a different element, so 0 + b == b counts.
    values = set(nums)
    xs = sorted(nums)
    out = []
    for i, a in enumerate(xs):
        for b in xs[i + 1:]:
            if a + b in values:
                out.append([a, b, a + b])
    out.sort()
    return out
