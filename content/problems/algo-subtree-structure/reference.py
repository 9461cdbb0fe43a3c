class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_subtree_shape(a, b):
    # Give every distinct shape a small integer id: a shape is (id of left, id of right).
    # Equal ids <=> equal shapes, so one pass over each tree suffices: O(|a| + |b|).
    ids = {}

    def shape(node, found):
        if node is None:
            return 0
        key = (shape(node.left, found), shape(node.right, found))
        if key not in ids:
            ids[key] = len(ids) + 1
        sid = ids[key]
        if found is not None:
            found.add(sid)
        return sid

    target = shape(a, None)
    if target == 0:
        return True
    seen = set()
    shape(b, seen)
    return target in seen
