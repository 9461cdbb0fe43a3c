def find_disappeared_numbers(nums):
    # Mistake: reads the value without abs() after earlier marks negated it, so a
    # marked value gives index -x-1 and marks the wrong slot.
    for x in nums:
        i = x - 1
        if nums[i] > 0:
            nums[i] = -nums[i]
    return [i + 1 for i, x in enumerate(nums) if x > 0]
