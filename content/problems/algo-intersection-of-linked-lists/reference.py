class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def get_intersection_node(head_a, head_b):
    # Each pointer walks its own list and then the other one: both travel
    # len(A) + len(B) steps at most and meet at the first shared node, or both
    # reach None together when the lists do not intersect.
    p, q = head_a, head_b
    while p is not q:
        p = p.next if p is not None else head_b
        q = q.next if q is not None else head_a
    return p
