def top_k_two_sorted(a, b, k):
    # Mistake: stops as soon as one array is used up, so the answer is short
    # whenever the k largest all sit in one array.
    out, i, j = [], 0, 0
    while len(out) < k and i < len(a) and j < len(b):
        if a[i] >= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out
