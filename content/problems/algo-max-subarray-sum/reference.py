def max_subarray_sum(nums):
    best = cur = nums[0]
    for x in nums[1:]:
        # the best subarray ending here either extends the previous one or starts anew
        cur = cur + x if cur > 0 else x
        if cur > best:
            best = cur
    return best
