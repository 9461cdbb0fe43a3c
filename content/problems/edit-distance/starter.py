def edit_distance(a: str, b: str) -> int:
    """The Levenshtein distance between a and b.

    The least number of single-character insertions, deletions and substitutions
    (each costing 1) that turn a into b.
    """
    raise NotImplementedError
