"""Linked lists and trees built from plain case data, and read back defensively."""

import judging
import pytest
from judging import needs_bwrap, submit

from mianshi.judge.worker.structures import (
    ListNode,
    StructureError,
    TreeNode,
    build_list,
    build_tree,
    list_values,
    tree_level,
)

# The autouse fixture that shares expected outputs across tests, and what it needs.
judge_cache, shared_judge_cache = judging.judge_cache, judging.shared_judge_cache


def test_list_round_trip_and_empty():
    head, nodes = build_list([3, 1, 2])
    assert list_values(head) == [3, 1, 2] and len(nodes) == 3
    assert build_list([]) == (None, []) and list_values(None) == []


def test_cycle_is_built_at_the_given_position():
    head, nodes = build_list([1, 2, 3, 4], cycle_pos=1)
    assert nodes[-1].next is nodes[1]
    with pytest.raises(StructureError, match="cycle"):
        list_values(head)


def test_self_loop_and_node_limit():
    node = ListNode(7)
    node.next = node
    with pytest.raises(StructureError, match="cycle"):
        list_values(node)
    head, _ = build_list(list(range(10)))
    with pytest.raises(StructureError, match="more than 5"):
        list_values(head, limit=5)


def test_duck_typed_nodes_are_read():
    class Mine:
        def __init__(self, val, next=None):  # noqa: A002
            self.val, self.next = val, next

    assert list_values(Mine(1, Mine(2))) == [1, 2]


@pytest.mark.parametrize(
    "level",
    [[], [1], [1, 2, 3], [1, None, 2, None, 3], [5, 3, 8, 1, None, 7, 9, None, 2], [0, 0, None, 0]],
)
def test_tree_round_trip(level):
    root, nodes = build_tree(level)
    assert tree_level(root) == level
    assert len(nodes) == sum(v is not None for v in level)


def test_trailing_nones_are_dropped_and_nodes_are_in_level_order():
    root, nodes = build_tree([1, 2, None, None, None])
    assert tree_level(root) == [1, 2]
    root, nodes = build_tree([4, 2, 6, 1, 3])
    assert [n.val for n in nodes] == [4, 2, 6, 1, 3] and root is nodes[0]


def test_deep_tree_needs_no_recursion():
    level = [0]
    for i in range(1, 5000):
        level += [i, None]
    root, _ = build_tree(level)
    assert tree_level(root) == level[:-1]  # the last None is trailing


def test_cyclic_or_shared_tree_is_refused():
    root = TreeNode(1, TreeNode(2))
    root.left.right = root
    with pytest.raises(StructureError, match="twice"):
        tree_level(root)
    shared = TreeNode(3)
    with pytest.raises(StructureError, match="twice"):
        tree_level(TreeNode(1, shared, shared))
    root, _ = build_tree(list(range(20)))
    with pytest.raises(StructureError, match="more than 10"):
        tree_level(root, limit=10)


@needs_bwrap
def test_a_returned_cycle_is_a_runtime_error_not_a_hang():
    code = """
    def reverse_list(head):
        if head is not None:
            tail = head
            while tail.next is not None:
                tail = tail.next
            tail.next = head          # close the list into a ring
        return head
    """
    report = submit("algo-reverse-linked-list", code)
    assert report.verdict == "runtime_error", report.message
    assert "cycle" in report.message


@needs_bwrap
def test_tree_problems_see_harness_nodes_and_may_build_their_own():
    code = """
    class Node:
        def __init__(self, val, left=None, right=None):
            self.val, self.left, self.right = val, left, right

    def build_balanced_bst(nums):
        def build(values):
            if not values:
                return None
            mid = len(values) // 2
            return Node(values[mid], build(values[:mid]), build(values[mid + 1:]))
        return build(sorted(nums))
    """
    report = submit("algo-unsorted-array-to-balanced-bst", code)
    assert report.verdict == "accepted", report.message
