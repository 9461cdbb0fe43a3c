class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def merge_two_lists(l1, l2):
    """Merge two non-decreasing lists into one non-decreasing list; return its head."""
    raise NotImplementedError
