def _peak(nums):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < nums[mid + 1]:
            lo = mid + 1                 # still climbing: the peak is to the right
        else:
            hi = mid
    return lo


def _find(nums, lo, hi, target, ascending):
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if (nums[mid] < target) == ascending:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def search_bitonic(nums, target):
    if not nums:
        return -1
    p = _peak(nums)
    i = _find(nums, 0, p, target, ascending=True)
    return i if i != -1 else _find(nums, p + 1, len(nums) - 1, target, ascending=False)
