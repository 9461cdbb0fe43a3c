def unique_permutations(s):
    """All distinct permutations of s, sorted."""
    raise NotImplementedError
