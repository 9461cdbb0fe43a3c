def max_subarray_sum(nums):
    """The largest sum of a non-empty contiguous subarray of nums."""
    raise NotImplementedError
