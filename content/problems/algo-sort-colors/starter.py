def sort_colors(nums):
    """Sort nums (only 0, 1 and 2) in place, in one pass; return nothing."""
    raise NotImplementedError
