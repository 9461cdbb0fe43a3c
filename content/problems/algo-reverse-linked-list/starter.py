class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def reverse_list(head):
    """Reverse the list in place and return the new head (None for an empty list)."""
    raise NotImplementedError
