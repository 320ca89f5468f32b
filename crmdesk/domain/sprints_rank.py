"""The backlog's order: one float rank per story, so a move writes only the moved stories.

Moving stories between two neighbours gives them ranks evenly spaced in the gap. After many
moves into the same gap the floats get too close to tell apart; then every story is given a
fresh rank 1, 2, 3… in the new order (``renumber``), still in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

MIN_GAP = 1e-6  # below this, two neighbours are renumbered


def place(order: Sequence[tuple[int, float]], moving: Sequence[int], before_id: int | None
          ) -> dict[int, float] | None:
    """New ranks for ``moving`` (in that order) placed just before ``before_id``, or at the
    end when it is None. ``order`` is every story as (id, rank), ordered by rank.

    Returns {id: new rank} for the stories to write, or None when the gap is too small and
    the caller should renumber everything with ``renumber``.
    """
    moving_set = set(moving)
    rest = [(sid, rank) for sid, rank in order if sid not in moving_set]
    if before_id is None:
        low = rest[-1][1] if rest else 0.0
        return {sid: low + i + 1.0 for i, sid in enumerate(moving)}
    index = next((i for i, (sid, _) in enumerate(rest) if sid == before_id), None)
    if index is None:  # before a story that is itself moving: keep the block's place
        raise ValueError("before_id must not be one of the moving stories")
    high = rest[index][1]
    low = rest[index - 1][1] if index > 0 else high - 1.0
    step = (high - low) / (len(moving) + 1)
    if step < MIN_GAP:
        return None
    return {sid: low + step * (i + 1) for i, sid in enumerate(moving)}


def reordered(order: Sequence[int], moving: Sequence[int], before_id: int | None) -> list[int]:
    """The ids in their new order after the move (used to renumber)."""
    moving_set = set(moving)
    rest = [sid for sid in order if sid not in moving_set]
    index = len(rest) if before_id is None else rest.index(before_id)
    return rest[:index] + list(moving) + rest[index:]


def renumber(order: Sequence[int]) -> dict[int, float]:
    return {sid: float(i) for i, sid in enumerate(order, start=1)}


def block_up(scope: Sequence[int], selected: Sequence[int]) -> tuple[list[int], int | None] | None:
    """Keyboard 'move up' of the selected stories inside one list (``scope``, in rank order):
    the block goes just before the first unselected story above its first member. Returns
    (moving ids in list order, before_id) or None when already at the top."""
    chosen = set(selected)
    block = [sid for sid in scope if sid in chosen]
    if not block:
        return None
    first = scope.index(block[0])
    above = [sid for sid in scope[:first] if sid not in chosen]
    if not above:
        return None
    return block, above[-1]


def block_down(scope: Sequence[int], selected: Sequence[int]) -> tuple[list[int], int | None] | None:
    """Keyboard 'move down': the block goes just after the first unselected story below its
    last member (before the next one in the list, or at the very end when there is none)."""
    chosen = set(selected)
    block = [sid for sid in scope if sid in chosen]
    if not block:
        return None
    last = scope.index(block[-1])
    below = [sid for sid in scope[last + 1:] if sid not in chosen]
    if not below:
        return None
    target = scope.index(below[0])
    after = [sid for sid in scope[target + 1:] if sid not in chosen]
    return block, (after[0] if after else None)


def block_top(scope: Sequence[int], selected: Sequence[int]) -> tuple[list[int], int | None] | None:
    chosen = set(selected)
    block = [sid for sid in scope if sid in chosen]
    rest = [sid for sid in scope if sid not in chosen]
    if not block or not rest or scope[: len(block)] == block:
        return None
    return block, rest[0]


def block_bottom(scope: Sequence[int], selected: Sequence[int]) -> tuple[list[int], int | None] | None:
    chosen = set(selected)
    block = [sid for sid in scope if sid in chosen]
    if not block or list(scope[len(scope) - len(block):]) == block:
        return None
    return block, None
