"""Create or edit a user story: the "As a … I want … so that …" sentence, kind, points,
lot, assignee, linked needs and acceptance criteria. Everything from the keyboard; Ctrl+Enter
saves (and, for a new story, starts the next one)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.needs import NeedRead
from crmdesk.domain.project import PersonRead
from crmdesk.domain.sprints import (
    POINTS_SCALE,
    LotRead,
    StoryDraft,
    StoryKind,
    StoryRead,
)
from crmdesk.ui.features.sprints.common import kind_label
from crmdesk.ui.features.sprints.need_checklist import NeedChecklist

NOT_ESTIMATED = -1.0


def _text_box(name: str, lines: int, grow: bool = False) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    if grow:
        box.setMinimumHeight(height)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    else:
        box.setFixedHeight(height)
    return box


class StoryDialog(QDialog):
    """``on_save(dialog) -> bool`` saves (through the commander) and says whether it worked."""

    def __init__(self, story: StoryRead | None, lots: Sequence[LotRead], people: Sequence[PersonRead],
                 needs: Sequence[NeedRead], stories_by_need: dict[int, list[str]], roles: Sequence[str],
                 on_save: Callable[[StoryDialog], bool], *, last: dict[str, object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyDialog")
        self.story = story
        self._on_save = on_save
        self.saved = 0
        last = last or {}
        self.setWindowTitle(self.tr("Edit {ref}").replace("{ref}", story.ref) if story else self.tr("New user story"))
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("A short name for the story"))
        self.as_a = QComboBox()
        self.as_a.setObjectName("asA")
        self.as_a.setEditable(True)
        self.as_a.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.as_a.addItems(sorted(set(roles), key=str.casefold))
        self.as_a.lineEdit().setPlaceholderText(self.tr("who: sales rep, sales assistant…"))
        self.i_want = _text_box("iWant", 2)
        self.i_want.setPlaceholderText(self.tr("what they want to do"))
        self.so_that = _text_box("soThat", 2)
        self.so_that.setPlaceholderText(self.tr("the benefit it brings"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in StoryKind:
            self.kind.addItem(kind_label(kind), kind)
        self.points = QComboBox()
        self.points.setObjectName("points")
        self.points.addItem(self.tr("not estimated"), NOT_ESTIMATED)
        for value in POINTS_SCALE:
            self.points.addItem(str(value), float(value))
        self.points.setToolTip(self.tr("Story points on the Fibonacci scale; above 21, split the story."))
        self.lot = QComboBox()
        self.lot.setObjectName("lot")
        self.lot.addItem(self.tr("(no lot)"), None)
        for lot in lots:
            self.lot.addItem(lot.name, lot.id)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        self.assignee.addItem(self.tr("(unassigned)"), None)
        for person in people:
            self.assignee.addItem(person.name, person.id)
        self.criteria = _text_box("criteria", 5, grow=True)
        self.criteria.setPlaceholderText(self.tr("One criterion per line: given …, when …, then …"))
        self.sentence = QLabel()
        self.sentence.setObjectName("sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("color: #3A4756; font-style: italic;")
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setStyleSheet("color: #A32117;")
        self.needs = NeedChecklist()
        self.needs.setMinimumWidth(380)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&As a"), self.as_a)
        form.addRow(self.tr("I &want"), self.i_want)
        form.addRow(self.tr("&So that"), self.so_that)
        form.addRow("", self.sentence)
        row = QHBoxLayout()
        for caption, widget in ((self.tr("&Kind"), self.kind), (self.tr("&Points"), self.points)):
            label = QLabel(caption)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1)
        form.addRow(row)
        form.addRow(self.tr("&Lot"), self.lot)
        form.addRow(self.tr("Assi&gnee"), self.assignee)
        form.addRow(self.tr("Acceptance &criteria"), self.criteria)
        left = QWidget()
        left.setLayout(form)
        needs_box = QGroupBox(self.tr("Linked &needs"))
        needs_layout = QVBoxLayout(needs_box)
        needs_layout.addWidget(self.needs)
        needs_box.setFocusProxy(self.needs.search)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("storyDialogSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(needs_box)
        splitter.setSizes([540, 600])

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save") if story else self.tr("Create"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self._save_and_close)
        self.next_button = None
        if story is None:
            self.next_button = QPushButton(self.tr("Create and next (Ctrl+Enter)"))
            buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.next_button.clicked.connect(self._save_and_next)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._save_and_next if story is None else self._save_and_close)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)
        for widget in (self.i_want, self.so_that):
            widget.textChanged.connect(self._update_sentence)
        self.as_a.currentTextChanged.connect(self._update_sentence)
        self._fill(story, last, needs, stories_by_need)
        self.resize(1160, 680)
        self.title.setFocus()

    def _fill(self, story: StoryRead | None, last: dict[str, object], needs: Sequence[NeedRead],
              stories_by_need: dict[int, list[str]]) -> None:
        if story is not None:
            self.title.setText(story.title)
            self.as_a.setEditText(story.as_a)
            self.i_want.setPlainText(story.i_want)
            self.so_that.setPlainText(story.so_that)
            self.criteria.setPlainText(story.acceptance_criteria)
            values = {"kind": story.kind, "points": NOT_ESTIMATED if story.points is None else float(story.points),
                      "lot": story.lot_id, "assignee": story.assignee_id}
            checked: Sequence[int] = story.need_ids
        else:
            self.as_a.setEditText(str(last.get("as_a", "")))
            values = {"kind": last.get("kind", StoryKind.CONFIGURATION), "points": NOT_ESTIMATED,
                      "lot": last.get("lot_id"), "assignee": last.get("assignee_id")}
            checked = ()
        for name, value in values.items():
            combo: QComboBox = getattr(self, name)
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
        self.needs.set_needs(needs, checked, stories_by_need)
        self._update_sentence()

    def _update_sentence(self) -> None:
        want = " ".join(self.i_want.toPlainText().split())
        if not want:
            self.sentence.setText("")
            return
        text = self.tr("As {who}, I want {what}, so that {why}.")
        self.sentence.setText(text.replace("{who}", self.as_a.currentText().strip() or "…").replace("{what}", want)
                              .replace("{why}", " ".join(self.so_that.toPlainText().split()) or "…"))

    # ------------------------------------------------------------------ values
    def values(self) -> dict[str, object]:
        points = self.points.currentData()
        return {"title": self.title.text(), "as_a": self.as_a.currentText(), "i_want": self.i_want.toPlainText(),
                "so_that": self.so_that.toPlainText(), "kind": StoryKind(self.kind.currentData()),
                "points": None if points == NOT_ESTIMATED else points, "lot_id": self.lot.currentData(),
                "assignee_id": self.assignee.currentData(), "acceptance_criteria": self.criteria.toPlainText()}

    def changed_values(self) -> dict[str, object]:
        """The fields that differ from the story edited (all of them for a new story)."""
        values = self.values()
        if self.story is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.story, k) != v}

    def need_ids(self) -> list[int]:
        return self.needs.checked_ids()

    def needs_changed(self) -> bool:
        return self.story is None or set(self.need_ids()) != set(self.story.need_ids)

    def draft(self) -> StoryDraft:
        values = self.values()
        return StoryDraft(title=str(values["title"]), as_a=str(values["as_a"]), i_want=str(values["i_want"]),
                          so_that=str(values["so_that"]), kind=StoryKind(values["kind"]),
                          points=values["points"], lot_id=values["lot_id"],  # type: ignore[arg-type]
                          assignee_id=values["assignee_id"],  # type: ignore[arg-type]
                          acceptance_criteria=str(values["acceptance_criteria"]), need_ids=tuple(self.need_ids()))

    def remembered(self) -> dict[str, object]:
        return {"as_a": self.as_a.currentText(), "kind": self.kind.currentData(), "lot_id": self.lot.currentData(),
                "assignee_id": self.assignee.currentData()}

    # ------------------------------------------------------------------ saving
    def _save(self) -> bool:
        if not self.title.text().strip():
            self.feedback.setText(self.tr("Type a title first."))
            self.title.setFocus()
            return False
        self.feedback.clear()
        if not self._on_save(self):
            return False
        self.saved += 1
        return True

    def _save_and_close(self) -> None:
        if self._save():
            self.accept()

    def _save_and_next(self) -> None:
        if not self._save():
            return
        self.feedback.setStyleSheet("color: #2E6B30;")
        self.feedback.setText(self.tr("{n} story(ies) created. Next one:").replace("{n}", str(self.saved)))
        for widget in (self.title, self.i_want, self.so_that, self.criteria):
            widget.clear()
        self.points.setCurrentIndex(0)
        self.needs.set_checked(())
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
