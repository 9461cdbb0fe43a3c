def lcs_length(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a              # keep the DP row as short as possible
    if not b:
        return 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        left = 0                  # cur[j - 1]
        for j, cb in enumerate(b):
            if ca == cb:
                left = prev[j] + 1
            else:
                up = prev[j + 1]
                if up > left:
                    left = up
            cur.append(left)
        prev = cur
    return prev[-1]
