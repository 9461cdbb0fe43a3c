def has_subset_sum(nums, target):
    # Mistake: greedy - take the largest numbers that still fit. Fails e.g. for
    # [5, 3, 3] with target 6.
    left = target
    for x in sorted(nums, reverse=True):
        if x <= left:
            left -= x
    return left == 0
