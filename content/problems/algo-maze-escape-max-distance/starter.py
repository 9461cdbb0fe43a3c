def max_escape_distance(grid):
    """Max over all people 'P' of their shortest distance to any exit 'E' (-1 if someone is trapped)."""
    raise NotImplementedError
