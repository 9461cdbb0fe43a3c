def sort_colors(nums):
    # [0, lo) are 0s, [lo, i) are 1s, (hi, end] are 2s, [i, hi] is unknown.
    lo, i, hi = 0, 0, len(nums) - 1
    while i <= hi:
        x = nums[i]
        if x == 0:
            nums[lo], nums[i] = nums[i], nums[lo]
            lo += 1
            i += 1
        elif x == 2:
            nums[i], nums[hi] = nums[hi], nums[i]
            hi -= 1          # do not advance i: the value swapped in is unchecked
        else:
            i += 1
