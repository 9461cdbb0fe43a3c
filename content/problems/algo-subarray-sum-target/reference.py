def subarray_with_sum(nums, target):
    left, total = 0, 0
    for right, x in enumerate(nums):
        total += x                            # grow the window to the right
        while total > target and left <= right:
            total -= nums[left]               # positive numbers: shrinking only lowers the sum
            left += 1
        if total == target:
            return [left, right]
    return []
