def sort_colors(nums):
    # Mistake: advances i after swapping with hi, so the value that came from the
    # end (possibly a 0 or a 2) is never examined.
    lo, i, hi = 0, 0, len(nums) - 1
    while i <= hi:
        if nums[i] == 0:
            nums[lo], nums[i] = nums[i], nums[lo]
            lo += 1
        elif nums[i] == 2:
            nums[i], nums[hi] = nums[hi], nums[i]
            hi -= 1
        i += 1
