def top_k_two_sorted(a, b, k):
    """The k largest values of a and b (both sorted in descending order), largest first."""
    raise NotImplementedError
