class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def detect_cycle(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:                 # they met inside the cycle
            p = head
            while p is not slow:         # head and meeting point are equally far from the entry
                p, slow = p.next, slow.next
            return p
    return None
