class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_balanced(root):
    """True when, at every node, the heights of the two subtrees differ by at most 1."""
    raise NotImplementedError
