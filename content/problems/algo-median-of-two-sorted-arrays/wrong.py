def find_median_sorted_arrays(a, b):
    # Mistake: for an even total it returns the upper middle element instead of
    # the mean of the two middle elements.
    merged, i, j = [], 0, 0
    while i < len(a) or j < len(b):
        if j >= len(b) or (i < len(a) and a[i] <= b[j]):
            merged.append(a[i])
            i += 1
        else:
            merged.append(b[j])
            j += 1
    return float(merged[len(merged) // 2])
