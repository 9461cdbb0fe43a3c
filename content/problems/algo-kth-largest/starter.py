def find_kth_largest(nums, k):
    """The k-th largest value (1-based, duplicates counted) of nums."""
    raise NotImplementedError
