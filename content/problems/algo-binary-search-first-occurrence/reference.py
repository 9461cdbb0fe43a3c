def search_first(nums, target):
    lo, hi = 0, len(nums)            # search the half-open range [lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid                 # nums[mid] >= target: the first one is at mid or left of it
    return lo if lo < len(nums) and nums[lo] == target else -1
