def has_subset_sum(nums, target):
    """True when some subset of nums (each element used at most once) sums to target."""
    raise NotImplementedError
