def search_first(nums, target):
    """Index of the first occurrence of target in the ascending list nums, or -1."""
    raise NotImplementedError
