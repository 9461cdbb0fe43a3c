class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def build_balanced_bst(nums):
    # Mistake: plain BST insertion without rebalancing; the tree is a valid BST but
    # not balanced (a sorted input gives a chain, and quadratic time).
    root = None
    for x in nums:
        if root is None:
            root = TreeNode(x)
            continue
        node = root
        while True:
            side = "left" if x < node.val else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(x))
                break
            node = child
    return root
