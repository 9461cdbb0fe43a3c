def has_subset_sum(nums, target):
    # Bit s of `reach` is set when some subset sums to s. Adding x to every
    # reachable sum is a shift; OR keeps the sums that do not use x.
    mask = (1 << (target + 1)) - 1
    reach = 1
    for x in nums:
        reach = (reach | (reach << x)) & mask
        if reach >> target & 1:
            return True
    return bool(reach >> target & 1)
