def find_median_sorted_arrays(a, b):
    if len(a) > len(b):
        a, b = b, a                       # binary search on the shorter array
    m, n = len(a), len(b)
    half = (m + n + 1) // 2               # size of the left part
    lo, hi = 0, m
    inf = float("inf")
    while True:
        i = (lo + hi) // 2                # take i from a and half - i from b
        j = half - i
        a_left = a[i - 1] if i > 0 else -inf
        a_right = a[i] if i < m else inf
        b_left = b[j - 1] if j > 0 else -inf
        b_right = b[j] if j < n else inf
        if a_left > b_right:
            hi = i - 1                    # took too many from a
        elif b_left > a_right:
            lo = i + 1                    # took too few from a
        else:
            left_max = max(a_left, b_left)
            if (m + n) % 2:
                return float(left_max)
            return (left_max + min(a_right, b_right)) / 2
