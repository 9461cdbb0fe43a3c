def largest_number(nums):
    """The largest number (as a string, no leading zeros) formed by concatenating all of nums."""
    raise NotImplementedError
