def min_window(s: str, t: str) -> str:
    """Shortest substring of s that contains every character of t with multiplicity.

    Returns "" if there is none (or t is empty); the leftmost one on ties.
    """
    raise NotImplementedError
