class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def reverse_list(head):
    prev = None
    node = head
    while node is not None:
        nxt = node.next      # remember the rest before cutting the link
        node.next = prev
        prev, node = node, nxt
    return prev
