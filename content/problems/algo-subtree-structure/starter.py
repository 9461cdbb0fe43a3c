class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_subtree_shape(a, b):
    """True when some node of b roots a subtree with exactly the shape of a."""
    raise NotImplementedError
