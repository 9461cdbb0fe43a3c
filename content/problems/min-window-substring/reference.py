from collections import Counter


def min_window(s: str, t: str) -> str:
    if not t or len(t) > len(s):
        return ""
    need = Counter(t)
    missing = len(t)          # characters of t (with multiplicity) not yet covered by s[left:right]
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, ch in enumerate(s):
        if need.get(ch, 0) > 0:
            missing -= 1
        if ch in need:
            need[ch] -= 1     # may go negative: surplus copies inside the window
        if missing:
            continue
        # shrink from the left while the window stays valid
        while True:
            c = s[left]
            if c in need:
                if need[c] == 0:
                    break     # removing it would uncover t
                need[c] += 1
            left += 1
        if right - left + 1 < best_len:   # strict: keeps the leftmost window on ties
            best_start, best_len = left, right - left + 1
    return "" if best_len > len(s) else s[best_start:best_start + best_len]
