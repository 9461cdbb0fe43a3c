def all_subsequences(s):
    """All distinct non-empty subsequences of s, sorted."""
    raise NotImplementedError
