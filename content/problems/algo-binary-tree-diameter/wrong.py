class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def diameter_of_binary_tree(root):
    # Mistake: assumes the longest path passes through the root.
    def depth(node):
        return 0 if node is None else max(depth(node.left), depth(node.right)) + 1

    if root is None:
        return 0
    return depth(root.left) + depth(root.right)
