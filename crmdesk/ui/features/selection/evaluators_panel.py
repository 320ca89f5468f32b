"""The evaluators: people of the project who score the candidates (vendor contacts cannot)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import Role
from crmdesk.domain.selection import CandidateStatus, CriterionKind, EvaluatorRead
from crmdesk.services.container import ProjectServices
from crmdesk.ui.features.selection.common import (
    AlignedTableModel,
    LazyPanel,
    run_many,
    setup_table,
)
from crmdesk.ui.i18n import label
from crmdesk.ui.models.record_table import Column, RecordTableModel
from crmdesk.ui.undo import Commander

translate = QCoreApplication.translate


class Progress:
    """Per evaluator: the cells scored among those still to judge, and the last score's date."""

    def __init__(self) -> None:
        self.cells = 0
        self.done: Counter[int] = Counter()
        self.last: dict[int, str] = {}

    def text(self, evaluator_id: int) -> str:
        done = self.done.get(evaluator_id, 0)
        if not self.cells:
            return str(done)
        return f"{done} / {self.cells} ({round(100 * min(done, self.cells) / self.cells)}\u00a0%)"


def evaluator_columns(roles: dict[int, str], progress: Progress) -> list[Column[EvaluatorRead]]:

    return [
        Column("name", translate("EvaluatorsPanel", "Evaluator"), lambda e: e.name, width=220),
        Column("role", translate("EvaluatorsPanel", "Role"), lambda e: roles.get(e.person_id, ""), width=160),
        Column("scores", translate("EvaluatorsPanel", "Cells scored"), lambda e: progress.text(e.id),
               sort_key=lambda e: progress.done.get(e.id, 0), width=140,
               tooltip=lambda e: translate("EvaluatorsPanel", "Among the cells of the scored criteria for the candidates not eliminated")),
        Column("last", translate("EvaluatorsPanel", "Last score"), lambda e: progress.last.get(e.id, "")[:16].replace("T", " "), width=140),
    ]


class EvaluatorsPanel(LazyPanel):
    def __init__(self, services: ProjectServices, commander: Commander, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionEvaluators")
        self._s = services
        self._cmd = commander
        self._roles: dict[int, str] = {}
        self._progress = Progress()
        self.model: RecordTableModel[EvaluatorRead] = AlignedTableModel(
            evaluator_columns(self._roles, self._progress), right={"scores"}, parent=self)
        self._build_ui()

    def _build_ui(self) -> None:
        self.people = QListWidget()
        self.people.setObjectName("evaluatorCandidates")
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people.itemDoubleClicked.connect(lambda _i: self.add_selected())
        self.add_button = QPushButton(self.tr("Add as evaluators →"))
        self.add_button.setObjectName("addEvaluators")
        self.add_button.clicked.connect(self.add_selected)
        left_box = QGroupBox(self.tr("People of the project"))
        left = QVBoxLayout(left_box)
        left.addWidget(self.people, 1)
        note = QLabel(self.tr("Vendor contacts are not listed: they would judge their own offer. Add people "
                              "in the Project tab."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666666;")
        left.addWidget(note)
        left.addWidget(self.add_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, "evaluatorsTable", [c.width for c in self.model.columns])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(False)
        self.act_remove = QAction(self.tr("Remove"), self)
        self.act_remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_remove.triggered.connect(self.remove_selected)
        self.table.addAction(self.act_remove)
        self.remove_button = QPushButton(self.tr("← Remove"))
        self.remove_button.setObjectName("removeEvaluator")
        self.remove_button.clicked.connect(self.remove_selected)
        right_box = QGroupBox(self.tr("Evaluators"))
        right = QVBoxLayout(right_box)
        right.addWidget(self.table, 1)
        explain = QLabel(self.tr("Each evaluator scores every cell of the matrix from 0 to 5; the matrix keeps "
                                 "the mean or the median of their scores (see Settings) and flags disagreements."))
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #666666;")
        right.addWidget(explain)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        right.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(left_box, 2)
        layout.addWidget(right_box, 3)

    def reload(self) -> None:
        people = self._s.people.list()
        evaluators = self._s.selection.evaluators()
        self._roles.clear()
        self._roles.update({p.id: label(p.role) for p in people})
        sel = self._s.selection
        scored = {k.id for k in sel.criteria() if k.kind is CriterionKind.SCORED}
        live = {c.id for c in sel.candidates() if c.status is not CandidateStatus.ELIMINATED}
        progress = self._progress
        progress.cells = len(scored) * len(live)
        progress.done.clear()
        progress.last.clear()
        for score in sel.scores():
            if score.criterion_id in scored and score.candidate_id in live:
                progress.done[score.evaluator_id] += 1
            if score.updated_at > progress.last.get(score.evaluator_id, ""):
                progress.last[score.evaluator_id] = score.updated_at
        self.model.set_rows(evaluators)
        taken = {e.person_id for e in evaluators}
        self.people.clear()
        for person in people:
            if person.role == Role.VENDOR_CONTACT or person.id in taken:
                continue
            item = QListWidgetItem(f"{person.name} — {label(person.role)}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
        self.add_button.setEnabled(self.people.count() > 0)
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def counts_text(self) -> str:
        n = self.model.rowCount()
        return self.tr("1 evaluator") if n == 1 else self.tr("{n} evaluators").replace("{n}", str(n))

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(EntityKind.EVALUATOR, EntityKind.PERSON, EntityKind.SCORE):
            self.refresh()

    def add_selected(self) -> None:
        ids = [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.people.selectedItems()]
        if not ids:
            return
        run_many(self._cmd, self.tr("Add {n} evaluators").replace("{n}", str(len(ids))),
                 [(self.tr("Add an evaluator"), lambda p=pid: self._s.selection.add_evaluator(p)) for pid in ids])

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        chosen = [self.model.record(r) for r in rows]
        if not chosen:
            return
        names = ", ".join(e.name for e in chosen)
        answer = QMessageBox.question(
            self, self.tr("Remove evaluators"),
            self.tr("Remove {names} and their scores? You can undo it with Ctrl+Z.").replace("{names}", names))
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_many(self._cmd, self.tr("Remove {names}").replace("{names}", names),
                 [(self.tr("Remove {names}").replace("{names}", e.name),
                   lambda e=e: self._s.selection.remove_evaluator(e.id)) for e in chosen])
