def can_partition_k_subsets(nums, k):
    # Mistake: greedy - put each number (largest first) into the currently
    # lightest bucket, then check the buckets. Misses arrangements it never tries.
    total = sum(nums)
    if total % k:
        return False
    buckets = [0] * k
    for x in sorted(nums, reverse=True):
        i = buckets.index(min(buckets))
        buckets[i] += x
    return all(b == total // k for b in buckets)
