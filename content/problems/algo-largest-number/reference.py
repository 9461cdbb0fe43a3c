from functools import cmp_to_key


def largest_number(nums):
    strs = [str(x) for x in nums]

    def order(a, b):
        # a goes first when a+b is the larger concatenation
        if a + b > b + a:
            return -1
        if a + b < b + a:
            return 1
        return 0

    strs.sort(key=cmp_to_key(order))
    out = "".join(strs)
    return "0" if out[0] == "0" else out   # all zeros
