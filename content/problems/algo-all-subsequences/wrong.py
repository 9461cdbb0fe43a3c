def all_subsequences(s):
    # Mistake: lists the substrings (contiguous pieces), not the subsequences.
    return sorted({s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1)})
