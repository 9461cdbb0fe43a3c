def can_split_k_sum(nums, k):
    """True when nums can be cut into one or more contiguous pieces that each sum to k."""
    raise NotImplementedError
