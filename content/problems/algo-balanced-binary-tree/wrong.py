class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_balanced(root):
    # Mistake: only compares the heights of the root's two subtrees; a node deeper
    # down may still be unbalanced.
    def height(node):
        return 0 if node is None else max(height(node.left), height(node.right)) + 1

    if root is None:
        return True
    return abs(height(root.left) - height(root.right)) <= 1
