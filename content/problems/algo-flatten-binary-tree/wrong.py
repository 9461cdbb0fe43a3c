class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def flatten(root):
    # Mistake: moves the left subtree to the right but never clears node.left.
    node = root
    while node is not None:
        if node.left is not None:
            tail = node.left
            while tail.right is not None:
                tail = tail.right
            tail.right = node.right
            node.right = node.left
        node = node.right
