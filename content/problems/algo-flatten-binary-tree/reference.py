class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def flatten(root):
    node = root
    while node is not None:
        if node.left is not None:
            # The right subtree comes after the whole left subtree in preorder:
            # hang it under the rightmost node of the left subtree.
            tail = node.left
            while tail.right is not None:
                tail = tail.right
            tail.right = node.right
            node.right, node.left = node.left, None
        node = node.right
