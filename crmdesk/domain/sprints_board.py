"""The board's pure rules: WIP status per column, swimlanes, card filters.

WIP limits are soft: exceeding one is allowed and shown. The count is always taken over every
card of the sprint in the column, whatever filter the board shows; otherwise a filter would
hide an overloaded column (Wekan's #2095).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from crmdesk.domain.sprints import (
    NO_LOT_LABEL,
    UNASSIGNED_LABEL,
    ColumnRead,
    SprintRead,
    StoryKind,
    StoryRead,
)


class SwimlaneBy(StrEnum):
    NONE = "none"
    LOT = "lot"
    ASSIGNEE = "assignee"


@dataclass(frozen=True, slots=True)
class WipStatus:
    column_id: int
    count: int
    limit: int | None

    @property
    def exceeded(self) -> bool:
        return self.limit is not None and self.count > self.limit

    @property
    def reached(self) -> bool:
        return self.limit is not None and self.count >= self.limit


def wip_status(columns: Iterable[ColumnRead], cards: Iterable[StoryRead]) -> dict[int, WipStatus]:
    """Per column: every card of the sprint in it (never only the visible ones) and its limit."""
    counts: dict[int, int] = {}
    for card in cards:
        counts[card.column_id] = counts.get(card.column_id, 0) + 1
    return {c.id: WipStatus(c.id, counts.get(c.id, 0), c.wip_limit) for c in columns}


def work_in_progress_by_person(columns: Sequence[ColumnRead], cards: Iterable[StoryRead]) -> dict[int | None, int]:
    """Cards each person holds in the columns where work happens (neither the first column nor
    a done one), over every card of the sprint: the per-person load no board shows natively."""
    ordered = sorted(columns, key=lambda c: (c.position, c.id))
    working = {c.id for c in ordered[1:] if not c.is_done}
    counts: dict[int | None, int] = {}
    for card in cards:
        if card.column_id in working:
            counts[card.assignee_id] = counts.get(card.assignee_id, 0) + 1
    return counts


@dataclass(frozen=True, slots=True)
class BoardColumn:
    column: ColumnRead
    cards: tuple[StoryRead, ...]  # every card of the sprint in this column, in rank order
    points: float
    wip: WipStatus


@dataclass(frozen=True, slots=True)
class Swimlane:
    key: int | None  # lot id or person id; None for "no lot" / "unassigned" / the single lane
    label: str  # the lot's or person's name; "" for the none lane (see none_label)
    none_label: str  # marked text for the none lane, to translate in context "Sprints"
    cards: tuple[StoryRead, ...]


def swimlanes(cards: Sequence[StoryRead], by: SwimlaneBy | str,
              lot_order: Sequence[int] = ()) -> list[Swimlane]:
    """Cards split in lanes by lot (in the lots' order) or by assignee (by name); the lane of
    cards with no lot / no assignee comes last. ``SwimlaneBy.NONE`` gives a single lane."""
    by = SwimlaneBy(by)
    if by is SwimlaneBy.NONE:
        return [Swimlane(None, "", "", tuple(cards))]
    lanes: dict[int | None, list[StoryRead]] = {}
    labels: dict[int | None, str] = {}
    for card in cards:
        key = card.lot_id if by is SwimlaneBy.LOT else card.assignee_id
        lanes.setdefault(key, []).append(card)
        labels[key] = card.lot_name if by is SwimlaneBy.LOT else card.assignee_name
    none_label = NO_LOT_LABEL if by is SwimlaneBy.LOT else UNASSIGNED_LABEL
    keys = [k for k in lanes if k is not None]
    if by is SwimlaneBy.LOT:
        order = {lot_id: i for i, lot_id in enumerate(lot_order)}
        keys.sort(key=lambda k: (order.get(k, len(order)), labels[k].casefold()))
    else:
        keys.sort(key=lambda k: (labels[k].casefold(), k))
    out = [Swimlane(k, labels[k], none_label, tuple(lanes[k])) for k in keys]
    if None in lanes:
        out.append(Swimlane(None, "", none_label, tuple(lanes[None])))
    return out


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


ANY = -1  # "no filter" for the id filters (None means "none": no lot / unassigned)


@dataclass(frozen=True)
class CardFilter:
    """What the board shows. Filters hide cards; they never change the WIP counts."""

    text: str = ""
    assignee_id: int | None = ANY
    lot_id: int | None = ANY
    kind: StoryKind | None = None

    @property
    def active(self) -> bool:
        return bool(self.text.strip()) or self.assignee_id != ANY or self.lot_id != ANY or self.kind is not None

    def matches(self, card: StoryRead) -> bool:
        if self.assignee_id != ANY and card.assignee_id != self.assignee_id:
            return False
        if self.lot_id != ANY and card.lot_id != self.lot_id:
            return False
        if self.kind is not None and card.kind != self.kind:
            return False
        words = _fold(self.text).split()
        if words:
            haystack = _fold(" ".join((card.ref, card.title, card.as_a, card.i_want, card.so_that,
                                       card.assignee_name, card.lot_name, " ".join(card.need_refs))))
            return all(w in haystack for w in words)
        return True


@dataclass(frozen=True, slots=True)
class Board:
    """A snapshot of a sprint's board: every column with every card of the sprint in it."""

    sprint: SprintRead | None  # None when the project has no sprint yet
    columns: tuple[BoardColumn, ...]
    read_only: bool  # a closed sprint's board is history

    @property
    def cards(self) -> tuple[StoryRead, ...]:
        return tuple(card for column in self.columns for card in column.cards)

    @property
    def ranked_cards(self) -> tuple[StoryRead, ...]:
        """Every card in rank order (then by id): the sprint's stories as the backlog page
        lists them, without reading them again."""
        return tuple(sorted(self.cards, key=lambda c: (c.rank, c.id)))

    @property
    def exceeded(self) -> tuple[BoardColumn, ...]:
        return tuple(c for c in self.columns if c.wip.exceeded)
