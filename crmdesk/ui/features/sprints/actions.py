"""What the sprints tab does: every user action becomes one undoable service call through the
commander, labelled in the user's words ("Move US-019 to In acceptance").

A mixin of ``SprintsTab``. Its strings are translated in the context "SprintsTab" (an explicit
``translate`` call: ``self.tr`` here would be read by lupdate in another context)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from crmdesk.domain.sprints import SprintStatus, StoryRead, Unfinished
from crmdesk.ui.features.sprints.close_dialog import CloseSprintDialog
from crmdesk.ui.features.sprints.columns_dialog import ColumnsDialog
from crmdesk.ui.features.sprints.common import column_text
from crmdesk.ui.features.sprints.from_needs_dialog import FromNeedsDialog
from crmdesk.ui.features.sprints.lots_panel import LotDialog
from crmdesk.ui.features.sprints.sprint_dialog import SprintDialog
from crmdesk.ui.features.sprints.story_dialog import StoryDialog

if TYPE_CHECKING:
    from crmdesk.ui.features.sprints.tab import SprintsTab

translate = QCoreApplication.translate


def _refs(stories: Sequence[StoryRead]) -> str:
    refs = ", ".join(s.ref for s in stories[:3])
    return refs + (", …" if len(stories) > 3 else "")


class SprintActions:
    """Mixed into ``SprintsTab`` (which provides ``_s``, ``_cmd``, ``sprint()``, ``reload()``…)."""

    # ------------------------------------------------------------------ running
    def _run(self: SprintsTab, label: str, action: Callable[[], Any]) -> Any:
        """One undoable step. When the commander's events are not the tab's (a tab built on
        its own), the tab refreshes itself."""
        heard = self._heard
        result = self._cmd.run(label, action)
        if result is not None and self._heard == heard:
            self.reload()
        return result

    def _story(self: SprintsTab, story_id: int) -> StoryRead:
        return self._s.sprints.story(story_id)

    def _stories(self: SprintsTab, ids: Sequence[int]) -> list[StoryRead]:
        wanted = set(ids)
        return [s for s in self._s.sprints.stories() if s.id in wanted]

    def _following(self: SprintsTab, after_id: int | None, moving: Sequence[int]) -> int | None:
        """The story right after ``after_id`` in the overall order, the moving ones left out:
        landing before it is landing just after ``after_id``."""
        if after_id is None:
            return None
        order = [s.id for s in self._s.sprints.stories() if s.id not in set(moving)]
        if after_id not in order:
            return None
        i = order.index(after_id)
        return order[i + 1] if i + 1 < len(order) else None

    # ------------------------------------------------------------------ backlog and sprint lists
    def _on_list_drop(self: SprintsTab, ids: list, source: str, target: str, before: int | None,
                      after: int | None) -> None:
        sp = self._s.sprints
        sprint = self.sprint()
        stories = self._stories(ids)
        if not stories:
            return
        place = before if before is not None else self._following(after, ids)
        into_sprint = target == "sprint"
        if into_sprint and (sprint is None or sprint.status is SprintStatus.CLOSED):
            return
        same_list = (source == target) or (source == "board" and into_sprint)
        if same_list:
            label = translate("SprintsTab", "Reorder {refs}").replace("{refs}", _refs(stories))
            self._run(label, lambda: sp.move_rank(ids, place))
        elif into_sprint:
            label = translate("SprintsTab", "Plan {refs} into sprint {number}").replace("{refs}", _refs(stories)) \
                .replace("{number}", str(sprint.number))  # type: ignore[union-attr]
            self._run(label, lambda: sp.plan(ids, sprint.id, place))  # type: ignore[union-attr]
        else:
            label = translate("SprintsTab", "Put {refs} back in the backlog").replace("{refs}", _refs(stories))
            self._run(label, lambda: sp.plan(ids, None, place))
        view = self.backlog_panel.sprint_table if into_sprint else self.backlog_panel.backlog
        view.select_ids(ids)

    def _on_keyboard_move(self: SprintsTab, ids: list, how: str) -> None:
        sp = self._s.sprints
        stories = self._stories(ids)
        labels = {"up": translate("SprintsTab", "Move {refs} up"), "down": translate("SprintsTab", "Move {refs} down"),
                  "top": translate("SprintsTab", "Move {refs} to the top"),
                  "bottom": translate("SprintsTab", "Move {refs} to the bottom")}
        calls = {"up": sp.move_up, "down": sp.move_down, "top": sp.move_to_top, "bottom": sp.move_to_bottom}
        in_sprint = bool(stories) and stories[0].sprint_id is not None
        self._run(labels[how].replace("{refs}", _refs(stories)), lambda: calls[how](ids))
        view = self.backlog_panel.sprint_table if in_sprint else self.backlog_panel.backlog
        view.select_ids(ids)

    def _on_plan(self: SprintsTab, ids: list, into: bool) -> None:
        sprint = self.sprint()
        if into and (sprint is None or sprint.status is SprintStatus.CLOSED):
            return
        self._on_list_drop(ids, "backlog" if into else "sprint", "sprint" if into else "backlog", None, None)

    # ------------------------------------------------------------------ board
    def _on_card_move(self: SprintsTab, story_id: int, column_id: int, before: int | None, after: int | None) -> None:
        sp = self._s.sprints
        card = next((c for c in self._board.cards if c.id == story_id), None) if self._board else None
        if card is None:
            return
        column = next(c.column for c in self._board.columns if c.column.id == column_id)  # type: ignore[union-attr]
        if before is None and after is not None:
            before = self._following(after, [story_id])
            if before is None and card.column_id == column_id:  # the last story of all: swap instead
                label = translate("SprintsTab", "Move {refs} down").replace("{refs}", card.ref)
                self._run(label, lambda: sp.move_card(after, column_id, story_id))
                self.board_panel.view.select_card(story_id)
                return
        if card.column_id == column_id and before is None:
            return
        if card.column_id != column_id:
            label = translate("SprintsTab", "Move {ref} to {column}").replace("{column}", column_text(column))
        else:
            label = translate("SprintsTab", "Reorder {ref} in {column}").replace("{column}", column_text(column))
        self._run(label.replace("{ref}", card.ref), lambda: sp.move_card(story_id, column_id, before))
        self.board_panel.view.select_card(story_id)

    # ------------------------------------------------------------------ stories
    def _story_dialog(self: SprintsTab, story: StoryRead | None, save: Callable[[StoryDialog], bool]) -> StoryDialog:
        sp = self._s.sprints
        roles = {s.as_a for s in sp.stories() if s.as_a}
        return StoryDialog(story, self._lots, self._people, self._s.needs.list(), sp.stories_by_need(), sorted(roles),
                           save, last=self._last_entry, parent=self)

    def new_story(self: SprintsTab) -> None:
        created: list[int] = []

        def save(dialog: StoryDialog) -> bool:
            result = self._run(translate("SprintsTab", "Add story"), lambda: self._s.sprints.create(dialog.draft()))
            if result is None:
                return False
            created.append(result[0].id)
            return True

        dialog = self._story_dialog(None, save)
        dialog.exec()
        self._last_entry = dialog.remembered()
        if created:
            self.backlog_panel.backlog.select_ids(created[-1:])

    def edit_story(self: SprintsTab, story_id: int) -> None:
        story = self._story(story_id)

        def save(dialog: StoryDialog) -> bool:
            values = dialog.changed_values()
            need_ids = dialog.need_ids() if dialog.needs_changed() else None
            if not values and need_ids is None:
                return True
            return self._run(translate("SprintsTab", "Edit {ref}").replace("{ref}", story.ref),
                             lambda: self._s.sprints.edit(story.id, values, need_ids)) is not None

        self._story_dialog(story, save).exec()

    def delete_stories(self: SprintsTab, ids: list) -> None:
        stories = self._stories(ids)
        if not stories:
            return
        answer = QMessageBox.question(self, translate("SprintsTab", "Delete stories"), translate(
            "SprintsTab", "Delete {n} user story(ies) ({refs})? You can undo it with Ctrl+Z.")
            .replace("{n}", str(len(stories))).replace("{refs}", _refs(stories)))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(translate("SprintsTab", "Delete {refs}").replace("{refs}", _refs(stories)),
                      lambda: self._s.sprints.delete(ids))

    def stories_from_needs(self: SprintsTab, preselect: Sequence[int] | None = None) -> None:
        sp = self._s.sprints
        dialog = FromNeedsDialog(self._s.needs.list(), sp.stories_by_need(), self._lots, sp.propose_from_needs,
                                 preselect, parent=self)
        if not dialog.exec():
            return
        need_ids, lot_id, skip = dialog.chosen()
        label = translate("SprintsTab", "Create {n} story(ies) from needs").replace("{n}", str(len(dialog.drafts)))
        result = self._run(label, lambda: sp.create_from_needs(need_ids, lot_id, skip))
        if result and result[0]:
            self.show_page(0)
            self.backlog_panel.backlog.select_ids([s.id for s in result[0]])

    def create_missing_stories(self: SprintsTab) -> None:
        self.stories_from_needs([n.id for n in self._s.sprints.unlinked_mandatory_needs()])

    # ------------------------------------------------------------------ sprints
    def new_sprint(self: SprintsTab) -> None:
        sp = self._s.sprints
        number, start, length = sp.next_sprint_defaults()
        dialog = SprintDialog(number, start, length, average_velocity=sp.average_velocity(), parent=self)
        if not dialog.exec():
            return
        values = dialog.values()
        result = self._run(translate("SprintsTab", "Create sprint {number}").replace("{number}", str(number)),
                           lambda: sp.create_sprint(**values))  # type: ignore[arg-type]
        if result:
            self.select_sprint(result[0])

    def edit_sprint(self: SprintsTab) -> None:
        sprint = self.sprint()
        if sprint is None:
            return
        dialog = SprintDialog(sprint.number, sprint.start_date, sprint.length_days, sprint=sprint,
                              average_velocity=self._s.sprints.average_velocity(), parent=self)
        if dialog.exec() and dialog.values():
            values = dialog.values()
            self._run(translate("SprintsTab", "Edit sprint {number}").replace("{number}", str(sprint.number)),
                      lambda: self._s.sprints.update_sprint(sprint.id, values))

    def delete_sprint(self: SprintsTab) -> None:
        sprint = self.sprint()
        if sprint is None or sprint.status is not SprintStatus.PLANNED:
            return
        answer = QMessageBox.question(self, translate("SprintsTab", "Delete a sprint"), translate(
            "SprintsTab", "Delete sprint {number}? Its stories go back to the backlog. You can undo it with Ctrl+Z.")
            .replace("{number}", str(sprint.number)))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(translate("SprintsTab", "Delete sprint {number}").replace("{number}", str(sprint.number)),
                      lambda: self._s.sprints.delete_sprint(sprint.id))
            self.select_sprint(None)

    def start_sprint(self: SprintsTab) -> None:
        sprint = self.sprint()
        if sprint is not None and sprint.status is SprintStatus.PLANNED:
            self._run(translate("SprintsTab", "Start sprint {number}").replace("{number}", str(sprint.number)),
                      lambda: self._s.sprints.start(sprint.id))

    def close_sprint(self: SprintsTab) -> None:
        sprint = self.sprint()
        if sprint is None or sprint.status is not SprintStatus.ACTIVE:
            return
        dialog = CloseSprintDialog(self._s.sprints.close_summary(sprint.id), self)
        if not dialog.exec():
            return
        choice: Unfinished = dialog.choice()
        if self._run(translate("SprintsTab", "Close sprint {number}").replace("{number}", str(sprint.number)),
                     lambda: self._s.sprints.close(sprint.id, choice)) is not None:
            nxt = next((s for s in self._s.sprints.sprints() if s.status is SprintStatus.PLANNED
                        and s.number > sprint.number), None)
            self.select_sprint(nxt.id if nxt else sprint.id)

    def edit_columns(self: SprintsTab) -> None:
        ColumnsDialog(self._s.sprints, self._run, self).exec()

    # ------------------------------------------------------------------ lots
    def new_lot(self: SprintsTab) -> None:
        dialog = LotDialog(parent=self)
        if dialog.exec():
            values = dialog.values()
            self._run(translate("SprintsTab", "Create lot {name}").replace("{name}", str(values["name"]).strip()),
                      lambda: self._s.sprints.create_lot(str(values["name"]), values["target_date"],  # type: ignore[arg-type]
                                                         str(values["description"])))

    def edit_lot(self: SprintsTab, lot_id: int) -> None:
        lot = next((x for x in self._lots if x.id == lot_id), None)
        if lot is None:
            return
        dialog = LotDialog(lot, parent=self)
        if dialog.exec() and dialog.values():
            values = dialog.values()
            self._run(translate("SprintsTab", "Edit lot {name}").replace("{name}", lot.name),
                      lambda: self._s.sprints.update_lot(lot_id, values))

    def delete_lot(self: SprintsTab, lot_id: int) -> None:
        lot = next((x for x in self._lots if x.id == lot_id), None)
        if lot is None:
            return
        answer = QMessageBox.question(self, translate("SprintsTab", "Delete a lot"), translate(
            "SprintsTab", "Delete the lot {name}? Its {n} story(ies) stay, with no lot. You can undo it with Ctrl+Z.")
            .replace("{name}", lot.name).replace("{n}", str(lot.story_count)))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(translate("SprintsTab", "Delete lot {name}").replace("{name}", lot.name),
                      lambda: self._s.sprints.delete_lot(lot_id))

    def move_lot(self: SprintsTab, lot_id: int, position: int) -> None:
        lot = next((x for x in self._lots if x.id == lot_id), None)
        if lot is not None:
            self._run(translate("SprintsTab", "Move lot {name}").replace("{name}", lot.name),
                      lambda: self._s.sprints.move_lot(lot_id, position))
            self.lots_panel.table.selectRow(self.lots_panel.model.row_of(lot_id))

    def show_burnup(self: SprintsTab, lot_id: int) -> None:
        self.charts_panel.show_lot(lot_id)
        self.show_page(2)
