def edit_distance(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a  # the distance is symmetric: keep the shorter string in the row
    previous = list(range(len(b) + 1))  # distances from a[:0] to every prefix of b
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(
                min(
                    previous[j] + 1,  # delete char_a
                    current[j - 1] + 1,  # insert char_b
                    previous[j - 1] + (char_a != char_b),  # substitute, or keep a match
                )
            )
        previous = current
    return previous[-1]
