class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def build_balanced_bst(nums):
    """A height-balanced BST holding all of nums (distinct, unsorted), built without sorting."""
    raise NotImplementedError
