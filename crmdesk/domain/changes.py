"""What an action touched, so each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class EntityKind(StrEnum):
    PROJECT = "project"
    PERSON = "person"
    DOMAIN = "domain"
    NEED = "need"
    # selection
    SELECTION_SETTINGS = "selection_settings"
    CANDIDATE = "candidate"
    CRITERION = "criterion"
    EVALUATOR = "evaluator"
    SCORE = "score"
    ANSWER = "answer"
    # sprints
    LOT = "lot"
    SPRINT = "sprint"
    BOARD_COLUMN = "board_column"
    STORY = "story"
    # acceptance
    TEST_CASE = "test_case"
    CAMPAIGN = "campaign"
    EXECUTION = "execution"
    DEFECT = "defect"
    SIGNOFF = "signoff"


# Table name -> kind, used when an undo step replays raw rows.
TABLE_KINDS: dict[str, EntityKind] = {
    "project": EntityKind.PROJECT,
    "person": EntityKind.PERSON,
    "domain": EntityKind.DOMAIN,
    "need": EntityKind.NEED,
    "selection_settings": EntityKind.SELECTION_SETTINGS,
    "candidate": EntityKind.CANDIDATE,
    "candidate_contact": EntityKind.CANDIDATE,
    "criterion_group": EntityKind.CRITERION,
    "criterion": EntityKind.CRITERION,
    "evaluator": EntityKind.EVALUATOR,
    "score": EntityKind.SCORE,
    "consensus": EntityKind.SCORE,
    "questionnaire": EntityKind.ANSWER,
    "vendor_answer": EntityKind.ANSWER,
    "vendor_answer_history": EntityKind.ANSWER,
    "lot": EntityKind.LOT,
    "sprint": EntityKind.SPRINT,
    "board_column": EntityKind.BOARD_COLUMN,
    "story": EntityKind.STORY,
    "story_need": EntityKind.STORY,
    "status_change": EntityKind.STORY,
    "test_case": EntityKind.TEST_CASE,
    "test_step": EntityKind.TEST_CASE,
    "test_case_need": EntityKind.TEST_CASE,
    "test_case_story": EntityKind.TEST_CASE,
    "campaign": EntityKind.CAMPAIGN,
    "campaign_tester": EntityKind.CAMPAIGN,
    "campaign_case": EntityKind.CAMPAIGN,
    "execution": EntityKind.EXECUTION,
    "execution_step": EntityKind.EXECUTION,
    "defect": EntityKind.DEFECT,
    "defect_change": EntityKind.DEFECT,
    "signoff": EntityKind.SIGNOFF,
}


@dataclass(frozen=True)
class UndoStep:
    """A range of one session's undo journal: replaying it in reverse undoes one action.
    ``session`` names the journal it belongs to (journals restart at 1 in every session)."""

    first: int
    last: int
    session: str = ""

    @property
    def empty(self) -> bool:
        return self.last < self.first


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[EntityKind] = frozenset()
    ids: frozenset[int] = frozenset()
    step: UndoStep | None = None
    everything: bool = False

    def touches(self, *kinds: EntityKind) -> bool:
        return self.everything or any(k in self.kinds for k in kinds)

    @classmethod
    def all(cls) -> Changes:
        return cls(kinds=frozenset(EntityKind), everything=True)

    @classmethod
    def of(cls, *kinds: EntityKind, ids: set[int] | frozenset[int] = frozenset(),
           step: UndoStep | None = None) -> Changes:
        return cls(kinds=frozenset(kinds), ids=frozenset(ids), step=step)


@dataclass
class ChangesBuilder:
    kinds: set[EntityKind] = field(default_factory=set)
    ids: set[int] = field(default_factory=set)

    def add(self, kind: EntityKind, *ids: int) -> None:
        self.kinds.add(kind)
        self.ids.update(ids)
