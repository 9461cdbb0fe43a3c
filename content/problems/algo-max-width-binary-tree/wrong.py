class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def width_of_binary_tree(root):
    # Mistake: counts the non-empty nodes of each level and ignores the gaps.
    if root is None:
        return 0
    best, level = 0, [root]
    while level:
        best = max(best, len(level))
        level = [c for n in level for c in (n.left, n.right) if c is not None]
    return best
