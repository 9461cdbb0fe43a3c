class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def reverse_list(head):
    # Mistake: forgets to cut the old head's link, so the old head still points at
    # the second node and the result has a cycle 2 -> 1 -> 2.
    if head is None or head.next is None:
        return head
    prev, node = head, head.next
    while node is not None:
        nxt = node.next
        node.next = prev
        prev, node = node, nxt
    return prev
