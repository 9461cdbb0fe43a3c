def sum_triples(nums):
    values = set(nums)
    xs = sorted(nums)
    out = []
    for i, a in enumerate(xs):
        for b in xs[i + 1:]:
            c = a + b
            # c must be a third element: with distinct values, c == a or c == b
            # only happens when the other one is 0
            if c in values and c != a and c != b:
                out.append([a, b, c])
    out.sort()
    return out
