class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def width_of_binary_tree(root):
    """The largest width of any level, counting the empty positions between its end nodes."""
    raise NotImplementedError
