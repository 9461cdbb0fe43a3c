def majority_element(nums):
    """The value occurring more than len(nums) // 2 times, or None if there is none."""
    raise NotImplementedError
