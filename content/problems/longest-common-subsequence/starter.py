def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence of a and b (not necessarily contiguous)."""
    raise NotImplementedError
