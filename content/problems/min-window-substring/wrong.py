def min_window(s, t):
    # Mistake: only checks that every DISTINCT character of t is present (a set),
    # ignoring how many times it occurs in t.
    if not t:
        return ""
    need = set(t)
    counts = {}
    have = 0
    best = ""
    left = 0
    for right, ch in enumerate(s):
        if ch in need:
            counts[ch] = counts.get(ch, 0) + 1
            if counts[ch] == 1:
                have += 1
        while have == len(need):
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            c = s[left]
            if c in need:
                counts[c] -= 1
                if counts[c] == 0:
                    have -= 1
            left += 1
    return best
