"""Close a sprint: what it delivered (the velocity recorded), what is unfinished, and where the
unfinished stories go: back to the product backlog or into the next sprint."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.sprints import CloseSummary, Unfinished
from crmdesk.ui.features.sprints.common import (
    format_points,
    points_text,
    qt_translate,
    sprint_name,
)


class CloseSprintDialog(QDialog):
    def __init__(self, summary: CloseSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeSprintDialog")
        sprint = summary.sprint
        self.setWindowTitle(self.tr("Close {sprint}").replace("{sprint}", sprint_name(sprint)))
        headline = QLabel(self.tr("{done} story(ies) done, {points} pts: the velocity recorded for this sprint "
                                  "will be {points} pts (committed: {committed} pts).")
                          .replace("{done}", str(summary.done_count))
                          .replace("{points}", format_points(summary.velocity))
                          .replace("{committed}", format_points(sprint.committed_points)))
        headline.setObjectName("velocityText")
        headline.setWordWrap(True)
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        headline.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)

        self.backlog = QRadioButton(self.tr("Back to the product &backlog (at their place in it)"))
        self.backlog.setObjectName("toBacklog")
        if summary.next_sprint is not None:
            text = self.tr("Into the &next sprint: {sprint}").replace("{sprint}", sprint_name(summary.next_sprint))
        else:
            text = self.tr("Into the &next sprint: a new sprint {number} is created for them").replace(
                "{number}", str(sprint.number + 1))
        self.next = QRadioButton(text)
        self.next.setObjectName("toNext")
        if summary.unfinished:
            unfinished = QGroupBox(self.tr("{n} unfinished story(ies), {points} pts")
                                   .replace("{n}", str(len(summary.unfinished)))
                                   .replace("{points}", format_points(summary.unfinished_points)))
            tree = QTreeWidget()
            tree.setObjectName("unfinishedList")
            tree.setRootIsDecorated(False)
            tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            tree.setHeaderLabels([self.tr("Ref"), self.tr("Title"), self.tr("Pts"), self.tr("Status")])
            for story in summary.unfinished:
                tree.addTopLevelItem(QTreeWidgetItem([story.ref, story.title, points_text(story.points),
                                                      story.status_label(qt_translate)]))
            tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            tree.header().setStretchLastSection(False)
            tree.setColumnWidth(0, 80)
            tree.setColumnWidth(2, 50)
            tree.setColumnWidth(3, 120)
            box = QVBoxLayout(unfinished)
            box.addWidget(tree)
            box.addWidget(QLabel(self.tr("Where do they go?")))
            box.addWidget(self.backlog)
            box.addWidget(self.next)
            layout.addWidget(unfinished, 1)
            self.backlog.setChecked(True)
        else:
            done = QLabel(self.tr("Every story of the sprint is done."))
            layout.addWidget(done)
            self.backlog.setChecked(True)
        note = QLabel(self.tr("A closed sprint's board and charts are kept as they are. Ctrl+Z undoes the close."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5F6B7A;")
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.close_button = QPushButton(self.tr("Close the sprint"))
        self.close_button.setObjectName("closeSprint")
        self.close_button.setDefault(True)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480 if summary.unfinished else 220)

    def choice(self) -> Unfinished:
        return Unfinished.NEXT if self.next.isChecked() else Unfinished.BACKLOG
