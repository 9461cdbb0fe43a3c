def lcs_length(a, b):
    # Mistake: longest common SUBSTRING recurrence — resets to 0 on a mismatch instead of
    # carrying max(dp[i-1][j], dp[i][j-1]), so matches must be contiguous.
    best = 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best
