def majority_element(nums):
    # Mistake: trusts the voting candidate without the second counting pass.
    candidate, count = None, 0
    for x in nums:
        if count == 0:
            candidate, count = x, 1
        elif x == candidate:
            count += 1
        else:
            count -= 1
    return candidate
