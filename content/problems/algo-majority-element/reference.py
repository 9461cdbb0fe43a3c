def majority_element(nums):
    candidate, count = None, 0
    for x in nums:                      # Boyer-Moore voting: pairs of different values cancel
        if count == 0:
            candidate, count = x, 1
        elif x == candidate:
            count += 1
        else:
            count -= 1
    # The survivor is only a candidate: check it really occurs more than half the time.
    if candidate is not None and nums.count(candidate) * 2 > len(nums):
        return candidate
    return None
