def can_partition_k_subsets(nums, k):
    total = sum(nums)
    if total % k:
        return False
    target = total // k
    nums = sorted(nums)
    if nums[-1] > target:
        return False
    n = len(nums)
    # fill[mask] = sum of the chosen elements modulo target (the fill level of the
    # bucket being filled), or -1 when the elements of mask cannot be arranged
    # into full buckets plus one partial bucket.
    fill = [-1] * (1 << n)
    fill[0] = 0
    for mask in range(1 << n):
        level = fill[mask]
        if level < 0:
            continue
        for i in range(n):
            if mask >> i & 1:
                continue
            if level + nums[i] > target:
                break                          # sorted: larger ones do not fit either
            nxt = mask | 1 << i
            if fill[nxt] < 0:
                fill[nxt] = (level + nums[i]) % target
    return fill[(1 << n) - 1] == 0
