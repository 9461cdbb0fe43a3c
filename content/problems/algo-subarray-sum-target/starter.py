def subarray_with_sum(nums, target):
    """[l, r] (inclusive, 0-based) with sum(nums[l:r+1]) == target, or [] if there is none."""
    raise NotImplementedError
