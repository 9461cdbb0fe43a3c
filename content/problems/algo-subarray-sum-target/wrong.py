def subarray_with_sum(nums, target):
    # Mistake: returns the right end as an exclusive bound (r + 1), an off-by-one
    # between the window's half-open bookkeeping and the inclusive answer.
    left, total = 0, 0
    for right, x in enumerate(nums):
        total += x
        while total > target and left <= right:
            total -= nums[left]
            left += 1
        if total == target:
            return [left, right + 1]
    return []
