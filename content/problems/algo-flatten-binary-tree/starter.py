class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def flatten(root):
    """Rewire the tree in place into a right-only chain in preorder; return nothing."""
    raise NotImplementedError
