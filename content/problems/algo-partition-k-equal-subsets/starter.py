def can_partition_k_subsets(nums, k):
    """True when nums can be split into k non-empty subsets with equal sums."""
    raise NotImplementedError
