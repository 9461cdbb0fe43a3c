def find_kth_largest(nums, k):
    # Mistake: the k-th SMALLEST (ascending order) instead of the k-th largest.
    return sorted(nums)[k - 1]
