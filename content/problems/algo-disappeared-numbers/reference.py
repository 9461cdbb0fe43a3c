def find_disappeared_numbers(nums):
    for x in nums:
        i = abs(x) - 1               # x may already be marked (negated)
        if nums[i] > 0:
            nums[i] = -nums[i]       # mark: value i+1 was seen
    return [i + 1 for i, x in enumerate(nums) if x > 0]
