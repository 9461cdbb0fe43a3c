def unique_permutations(s):
    chars = sorted(s)
    used = [False] * len(chars)
    out, path = [], []

    def dfs():
        if len(path) == len(chars):
            out.append("".join(path))
            return
        for i, c in enumerate(chars):
            if used[i]:
                continue
            # equal letters are used left to right only: skip c if its equal
            # left neighbour is still unused at this depth
            if i > 0 and c == chars[i - 1] and not used[i - 1]:
                continue
            used[i] = True
            path.append(c)
            dfs()
            path.pop()
            used[i] = False

    dfs()
    return out                    # sorted input + in-order choice => sorted output
