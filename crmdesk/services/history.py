"""Undo and redo of the session's actions (see ``crmdesk.db.undo_journal``)."""

from __future__ import annotations

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.changes import TABLE_KINDS, Changes, UndoStep


class HistoryService:
    def __init__(self, project: ProjectFile) -> None:
        self._pf = project

    def replay(self, step: UndoStep) -> tuple[UndoStep, Changes]:
        """Undo ``step`` (or redo it, when it is an undo's inverse). Returns the inverse step."""
        if step.empty:
            return step, Changes()
        inverse, tables = self._pf.replay(step)
        kinds = {TABLE_KINDS[t] for t in tables if t in TABLE_KINDS}
        return inverse, Changes(kinds=frozenset(kinds), step=inverse)
