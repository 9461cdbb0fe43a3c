def _case(name, nums, large=False):
    return {"name": name, "args": {"nums": nums}, "large": large}


def generate(rng) -> list[dict]:
    cases = [
        _case("example", [3, 1, 2]),
        _case("five", [5, 2, 8, 1, 9]),
        _case("empty", []),
        _case("single", [7]),
        _case("two", [2, 1]),
        _case("ascending", list(range(1, 16))),
        _case("descending", list(range(15, 0, -1))),
        _case("zigzag", [1, 10, 2, 9, 3, 8, 4, 7, 5, 6]),
        _case("negatives", [-3, 0, -10, 5, -1]),
    ]
    for i in range(4):
        n = int(rng.integers(1, 60))
        cases.append(_case(f"random_{i}", rng.permutation(200)[:n].astype(int).tolist()))
    cases.append(_case("large_random", rng.permutation(10**7)[:30_000].astype(int).tolist(), large=True))
    cases.append(_case("large_sorted", list(range(0, 60_000, 2)), large=True))
    return cases


def call(solution, args: dict):
    from structures import tree_level

    return tree_level(solution.build_balanced_bst(list(args["nums"])), limit=len(args["nums"]) + 1)


def check(expected, got, args):
    """Any height-balanced BST of exactly these values is right."""
    nums = args["nums"]
    if not isinstance(got, list):
        return f"expected a tree, got {type(got).__name__}"
    if not nums:
        return None if got == [] else f"the array is empty, expected an empty tree, got {len(got)} entries"
    if not got or got[0] is None:
        return "the tree is empty"
    # children of every node, from the level-order list (LeetCode format)
    left, right, queue, head, i = {}, {}, [0], 0, 1
    while head < len(queue) and i < len(got):
        parent = queue[head]
        head += 1
        for side in (left, right):
            if i < len(got) and got[i] is not None:
                side[parent] = i
                queue.append(i)
            i += 1
    # in-order traversal, iterative
    order, stack, node = [], [], 0
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = left.get(node)
        node = stack.pop()
        order.append(got[node])
        node = right.get(node)
    if order != sorted(nums):
        return "the in-order traversal is not the sorted input: not a BST of exactly these values"
    height = {}
    for node in reversed(queue):           # children come after parents in level order
        hl, hr = height.get(left.get(node), 0), height.get(right.get(node), 0)
        if abs(hl - hr) > 1:
            return f"node {got[node]!r} is unbalanced: subtree heights {hl} and {hr}"
        height[node] = max(hl, hr) + 1
    return None
