class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def get_intersection_node(head_a, head_b):
    """The first node shared by both lists (the same object), or None."""
    raise NotImplementedError
