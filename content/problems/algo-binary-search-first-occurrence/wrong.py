def search_first(nums, target):
    # Mistake: the textbook search returns as soon as it hits target, which is
    # some occurrence, not necessarily the first one.
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
