def rank_words(text):
    """[[word, count], ...]: count descending, then longer words first, then alphabetical."""
    raise NotImplementedError
