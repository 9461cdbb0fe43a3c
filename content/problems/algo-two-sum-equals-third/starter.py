def sum_triples(nums):
    """Sorted list of [a, b, c] with a < b, a + b == c, three different elements of nums (distinct ints)."""
    raise NotImplementedError
