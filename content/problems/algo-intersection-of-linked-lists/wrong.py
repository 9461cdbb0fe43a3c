class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def get_intersection_node(head_a, head_b):
    # Mistake: compares values instead of node identity, and aligns nothing.
    seen = {}
    node = head_a
    while node is not None:
        seen.setdefault(node.val, node)
        node = node.next
    node = head_b
    while node is not None:
        if node.val in seen:
            return seen[node.val]
        node = node.next
    return None
