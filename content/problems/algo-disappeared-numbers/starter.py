def find_disappeared_numbers(nums):
    """The numbers of 1..len(nums) that do not occur in nums, ascending."""
    raise NotImplementedError
