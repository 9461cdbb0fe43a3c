class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def width_of_binary_tree(root):
    if root is None:
        return 0
    best, level = 0, [(root, 0)]          # (node, position in the complete tree)
    while level:
        base = level[0][1]                # renumber from 0 on every level
        best = max(best, level[-1][1] - level[0][1] + 1)
        nxt = []
        for node, pos in level:
            pos -= base
            if node.left is not None:
                nxt.append((node.left, 2 * pos))
            if node.right is not None:
                nxt.append((node.right, 2 * pos + 1))
        level = nxt
    return best
