def can_split_k_sum(nums, k):
    total = sum(nums)
    if not nums or total <= 0 or total % k:
        return False
    pieces = total // k
    # Cut at the first prefix equal to k, then the first later prefix equal to 2k, ...
    # Taking the earliest cut never hurts: any later valid cut stays available.
    want, prefix = k, 0
    for x in nums[:-1]:
        prefix += x
        if want < total and prefix == want:
            want += k
    return want == total and pieces >= 1
