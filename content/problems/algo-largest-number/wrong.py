def largest_number(nums):
    # Mistake: plain lexicographic order of the strings, descending. It puts "30"
    # before "3" and builds "303" instead of "330"; it also keeps "00".
    return "".join(sorted((str(x) for x in nums), reverse=True))
