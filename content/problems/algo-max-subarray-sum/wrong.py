def max_subarray_sum(nums):
    # Mistake: starts from 0 and resets to 0, i.e. allows the empty subarray:
    # an all-negative array gives 0 instead of its largest element.
    best = cur = 0
    for x in nums:
        cur = max(0, cur + x)
        best = max(best, cur)
    return best
