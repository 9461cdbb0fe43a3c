class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def detect_cycle(head):
    # Mistake: returns the meeting point of slow and fast, which is some node in the
    # cycle but in general not its entry.
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return slow
    return None
