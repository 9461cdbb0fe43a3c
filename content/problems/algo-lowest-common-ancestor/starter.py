class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root, p, q):
    """The deepest node that has both p and q in its subtree (a node is its own ancestor)."""
    raise NotImplementedError
