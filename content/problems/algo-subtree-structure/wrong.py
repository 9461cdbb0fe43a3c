class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_subtree_shape(a, b):
    # Mistake: checks the "sub-structure" (a matches the top part of some subtree of
    # b) instead of a whole subtree, so b may have extra nodes below a's leaves.
    def covers(x, y):
        if x is None:
            return True
        if y is None:
            return False
        return covers(x.left, y.left) and covers(x.right, y.right)

    def walk(y):
        if y is None:
            return False
        return covers(a, y) or walk(y.left) or walk(y.right)

    return a is None or walk(b)
