def top_k_two_sorted(a, b, k):
    out, i, j = [], 0, 0
    while len(out) < k:
        # take from a while b is used up or a's head is at least as large
        if j >= len(b) or (i < len(a) and a[i] >= b[j]):
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out
