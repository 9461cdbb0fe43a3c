class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def build_balanced_bst(nums):
    def h(node):
        return node.height if node is not None else 0

    def update(node):                         # TreeNode gets an extra attribute `height`
        node.height = max(h(node.left), h(node.right)) + 1

    def rotate_right(y):
        x = y.left
        y.left, x.right = x.right, y
        update(y)
        update(x)
        return x

    def rotate_left(x):
        y = x.right
        x.right, y.left = y.left, x
        update(x)
        update(y)
        return y

    def insert(node, val):
        if node is None:
            node = TreeNode(val)
            node.height = 1
            return node
        if val < node.val:
            node.left = insert(node.left, val)
        else:
            node.right = insert(node.right, val)
        update(node)
        balance = h(node.left) - h(node.right)
        if balance > 1:                       # left-heavy: LL or LR
            if val > node.left.val:
                node.left = rotate_left(node.left)
            return rotate_right(node)
        if balance < -1:                      # right-heavy: RR or RL
            if val < node.right.val:
                node.right = rotate_right(node.right)
            return rotate_left(node)
        return node

    root = None
    for x in nums:
        root = insert(root, x)
    return root
