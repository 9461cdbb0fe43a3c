def all_subsequences(s):
    found = set()
    path = []

    def dfs(i):
        # decide for s[i]: take it or skip it
        if i == len(s):
            if path:
                found.add("".join(path))
            return
        path.append(s[i])
        dfs(i + 1)
        path.pop()
        dfs(i + 1)

    dfs(0)
    return sorted(found)
