class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def detect_cycle(head):
    """The node where the cycle begins, or None when the list has no cycle."""
    raise NotImplementedError
