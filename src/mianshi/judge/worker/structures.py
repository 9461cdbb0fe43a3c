"""Linked lists and binary trees for the algorithm problems, built from plain case data.

A problem's cases.py imports this inside its `call` (which runs in the sandbox child)
and, for random trees, inside `generate` (which runs in the worker): it builds the nodes a submission receives from plain lists, and turns what the
submission returns back into plain lists before it crosses the sandbox boundary.
Nodes are duck-typed: anything with `val`/`next` (lists) or `val`/`left`/`right`
(trees) is read, so a submission may create nodes of its own class.

Reading never trusts the structure: a cycle, a node shared twice in a tree, or more
nodes than `limit` stops the walk with StructureError instead of looping forever.
Everything here is iterative, so deep inputs need no recursion limit.
"""

from typing import Any

DEFAULT_LIMIT = 1_000_000


class StructureError(ValueError):
    """A returned list or tree is malformed (a cycle, a shared node, too many nodes)."""


class ListNode:
    def __init__(self, val: int = 0, next: "ListNode | None" = None):  # noqa: A002 - the usual field name
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val!r})"


class TreeNode:
    def __init__(self, val: int = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


def build_list(values: list, cycle_pos: int = -1) -> tuple[ListNode | None, list[ListNode]]:
    """The head of a list holding `values` and its nodes; the tail links to node `cycle_pos` if >= 0."""
    nodes = [ListNode(v) for v in values]
    for a, b in zip(nodes, nodes[1:], strict=False):
        a.next = b
    if nodes and 0 <= cycle_pos < len(nodes):
        nodes[-1].next = nodes[cycle_pos]
    return (nodes[0] if nodes else None), nodes


def list_values(head: Any, limit: int = DEFAULT_LIMIT) -> list:
    """The values along `next` from `head`; StructureError on a cycle or more than `limit` nodes."""
    out, seen = [], set()
    node = head
    while node is not None:
        if id(node) in seen:
            raise StructureError(f"the returned list has a cycle (after {len(out)} nodes)")
        if len(out) >= limit:
            raise StructureError(f"the returned list has more than {limit} nodes")
        seen.add(id(node))
        out.append(node.val)
        node = node.next
    return out


def build_tree(level: list) -> tuple[TreeNode | None, list[TreeNode]]:
    """A tree from its level-order list with None for missing children (LeetCode style).

    Returns the root and the nodes in level order (None entries skipped).
    """
    if not level or level[0] is None:
        return None, []
    root = TreeNode(level[0])
    nodes, queue, i = [root], [root], 1
    head = 0
    while head < len(queue) and i < len(level):
        parent = queue[head]
        head += 1
        for side in ("left", "right"):
            if i < len(level) and level[i] is not None:
                child = TreeNode(level[i])
                setattr(parent, side, child)
                queue.append(child)
                nodes.append(child)
            i += 1
    return root, nodes


def random_level(rng, n, p=0.7, values=None):
    """A random tree of exactly n nodes (n >= 1) in level order, None for missing children:
    the case generator of the tree problems (their cases.py run in the worker)."""
    level = [0]
    count, i, pending = 1, 0, 1        # pending: nodes whose children are not decided yet
    while count < n:
        if level[i] is not None:
            pending -= 1
            for side in range(2):
                # never let the tree die out before it has n nodes
                forced = side == 1 and pending == 0 and level[-1] is None
                if count < n and (forced or rng.random() < p):
                    level.append(0)
                    count += 1
                    pending += 1
                else:
                    level.append(None)
        i += 1
    while level and level[-1] is None:
        level.pop()
    if values is not None:
        it = iter(values)
        level = [None if v is None else int(next(it)) for v in level]
    return level


def tree_level(root: Any, limit: int = DEFAULT_LIMIT) -> list:
    """The level-order list of a tree, None for missing children, trailing Nones dropped.

    StructureError when a node is reached twice (a cycle or a shared subtree) or the
    tree has more than `limit` nodes.
    """
    if root is None:
        return []
    out, seen, queue, head = [], set(), [root], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            raise StructureError("the returned tree reaches a node twice (a cycle or a shared subtree)")
        seen.add(id(node))
        if len(seen) > limit:
            raise StructureError(f"the returned tree has more than {limit} nodes")
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out
