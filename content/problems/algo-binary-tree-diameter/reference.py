class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def diameter_of_binary_tree(root):
    best = 0

    def depth(node):
        # the number of nodes on the longest downward path from node
        nonlocal best
        if node is None:
            return 0
        left, right = depth(node.left), depth(node.right)
        best = max(best, left + right)     # the longest path bending at node, in edges
        return max(left, right) + 1

    depth(root)
    return best
