def search_bitonic(nums, target):
    """Index of target in a strictly increasing-then-decreasing list (smaller index if twice), or -1."""
    raise NotImplementedError
