def find_median_sorted_arrays(a, b):
    """The median of all elements of the ascending lists a and b, as a float."""
    raise NotImplementedError
