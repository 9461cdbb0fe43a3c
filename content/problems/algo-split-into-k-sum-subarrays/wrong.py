def can_split_k_sum(nums, k):
    # Mistake: only checks that the total is a positive multiple of k; the prefix
    # sums must also pass through k, 2k, ... in order.
    total = sum(nums)
    return bool(nums) and total > 0 and total % k == 0
