"""A candidate's questionnaire answers, the scores their declared coverage proposes (apart from
the evaluators' until the pilot accepts them), and the questionnaire round trip."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.questionnaires import AnswerRead, CandidateNeeded, Coverage
from crmdesk.domain.selection import CandidateRead
from crmdesk.services.container import ProjectServices
from crmdesk.ui.features.selection.common import (
    AlignedTableModel,
    LazyPanel,
    chart_translate,
    enum_label,
    euros,
    number,
    setup_table,
    show_status,
    tool_button,
)
from crmdesk.ui.features.selection.questionnaire_dialogs import (
    AnswerHistoryDialog,
    AnswersPreviewDialog,
    SendQuestionnaireDialog,
)
from crmdesk.ui.i18n import error_text, label
from crmdesk.ui.models.record_table import Column, RecordTableModel
from crmdesk.ui.tasks import WorkCancelled, run_with_progress
from crmdesk.ui.undo import Commander

translate = QCoreApplication.translate

PENDING = QColor("#2F6DB5")
ACCEPTED = QColor("#2E7D32")
ALL, WAITING, DONE, NOT_COVERED = "all", "waiting", "accepted", "not_covered"


def answer_columns() -> list[Column[AnswerRead]]:

    def title_tip(a: AnswerRead) -> str:
        if a.title_changed:
            return translate("AnswersPanel", "The need was renamed since the vendor answered; they answered: {title}").replace(
                "{title}", a.question_title)
        return a.need_title

    return [
        Column("ref", translate("AnswersPanel", "Ref"), lambda a: a.need_ref, width=80),
        Column("need", translate("AnswersPanel", "Need"), lambda a: a.need_title + (" ⚠" if a.title_changed else ""), width=300,
               tooltip=title_tip),
        Column("priority", translate("AnswersPanel", "Priority"), lambda a: label(a.priority), width=95),
        Column("coverage", translate("AnswersPanel", "Coverage"), lambda a: enum_label(a.coverage) if a.coverage else "", width=175,
               foreground=lambda a: QColor("#A32117") if a.coverage is Coverage.NOT_COVERED else None),
        Column("proposed", translate("AnswersPanel", "Proposed score"), lambda a: number(a.proposed_score),
               sort_key=lambda a: -1 if a.proposed_score is None else a.proposed_score, width=110,
               foreground=lambda a: ACCEPTED if a.accepted else PENDING,
               tooltip=lambda a: translate("AnswersPanel", "Counts in the matrix as one more opinion") if a.accepted else
               translate("AnswersPanel", "Not counted until you accept it")),
        Column("comment", translate("AnswersPanel", "Comment"), lambda a: " ".join(a.comment.split()), width=330, tooltip=lambda a: a.comment),
        Column("extra_cost", translate("AnswersPanel", "Extra cost"), lambda a: euros(a.extra_cost),
               sort_key=lambda a: a.extra_cost or 0.0, width=95),
        Column("planned_lot", translate("AnswersPanel", "Planned lot"), lambda a: a.planned_lot, width=90),
        Column("accepted", translate("AnswersPanel", "Accepted"), lambda a: "✓" if a.accepted else "", width=75,
               foreground=lambda a: ACCEPTED,
               tooltip=lambda a: translate("AnswersPanel", "Double-click to accept or withdraw this proposal")),
    ]


class AnswersPanel(LazyPanel):
    def __init__(self, services: ProjectServices, commander: Commander,
                 backup: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionAnswers")
        self._s = services
        self._cmd = commander
        self._backup = backup
        self._candidates: list[CandidateRead] = []
        self._preferred: int | None = None
        self._counts = ""
        self.model: RecordTableModel[AnswerRead] = AlignedTableModel(
            answer_columns(), right={"proposed", "extra_cost"}, center={"accepted"}, parent=self)
        self._build_ui()

    def _build_ui(self) -> None:
        self.candidate = QComboBox()
        self.candidate.setObjectName("answersCandidate")
        self.candidate.setMinimumWidth(240)
        self.candidate.currentIndexChanged.connect(lambda _i: self._load_answers())
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("answersFilter")
        for key, text in ((ALL, self.tr("All answers")), (WAITING, self.tr("Proposals waiting")),
                          (DONE, self.tr("Accepted")), (NOT_COVERED, self.tr("Not covered"))):
            self.show_filter.addItem(text, key)
        self.show_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())

        def action(text: str, slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(lambda _c=False: slot())
            return act

        self.act_send = action(self.tr("Send questionnaire…"), self.send_questionnaire)
        self.act_import = action(self.tr("Import answers…"), self.import_answers)
        self.act_accept = action(self.tr("Accept selected"), lambda: self.accept(selected=True))
        self.act_accept_all = action(self.tr("Accept all proposals"), lambda: self.accept(selected=False))
        self.act_withdraw = action(self.tr("Withdraw selected"), lambda: self.accept(selected=True, accepted=False))
        self.act_history = action(self.tr("History…"), self.show_history)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Candidate")))
        bar.addWidget(self.candidate)
        bar.addWidget(self.show_filter)
        bar.addSpacing(12)
        for act in (self.act_send, self.act_import):
            bar.addWidget(tool_button(act))
        bar.addStretch(1)

        self.summary = QLabel()
        self.summary.setObjectName("answersSummary")
        self.summary.setWordWrap(True)
        second = QHBoxLayout()
        second.addWidget(self.summary, 1)
        for act in (self.act_accept, self.act_accept_all, self.act_withdraw, self.act_history):
            second.addWidget(tool_button(act))
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, "answersTable", [c.width for c in self.model.columns])
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(self.model.column_of("comment"),
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        hint = QLabel(self.tr("A proposed score comes from the coverage the vendor declares (mapping in Settings). "
                              "It counts in the matrix, as one more opinion beside the evaluators', only once "
                              "accepted. A mandatory need declared not covered eliminates the candidate."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666666;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        current = self._preferred if self._preferred is not None else self.candidate_id()
        self._preferred = None
        self._candidates = self._s.selection.candidates()
        self.candidate.blockSignals(True)
        self.candidate.clear()
        for cand in self._candidates:
            self.candidate.addItem(cand.name, cand.id)
        found = self.candidate.findData(current)
        self.candidate.setCurrentIndex(max(found, 0))
        self.candidate.blockSignals(False)
        self._load_answers()

    def candidate_id(self) -> int | None:
        value = self.candidate.currentData()
        return int(value) if value is not None else None

    def set_candidate(self, candidate_id: int) -> None:
        """Show this candidate's answers (now, or when the page is next shown)."""
        found = self.candidate.findData(candidate_id)
        if found >= 0:
            self._preferred = None
            self.candidate.setCurrentIndex(found)
        else:
            self._preferred = candidate_id

    def _load_answers(self) -> None:
        cid = self.candidate_id()
        rows = self._s.questionnaires.answers(cid) if cid is not None else []
        self.model.set_rows(rows)
        self._apply_filter()
        name = self.candidate.currentText()
        if cid is None:
            text = self.tr("Add candidates first (Candidates page).")
        elif not rows:
            text = self.tr("No answers from {name} yet: send them the questionnaire, then import the file they "
                           "send back.").replace("{name}", name)
        else:
            accepted = sum(1 for a in rows if a.accepted)
            waiting = sum(1 for a in rows if not a.accepted and a.coverage is not None)
            uncovered = sum(1 for a in rows if a.coverage is Coverage.NOT_COVERED)
            text = self.tr("{n} answers · {accepted} accepted · {waiting} proposals waiting · {nc} not covered") \
                .replace("{n}", str(len(rows))).replace("{accepted}", str(accepted)) \
                .replace("{waiting}", str(waiting)).replace("{nc}", str(uncovered))
        self._counts = text
        if cid is not None:
            sent = self._s.questionnaires.questionnaires(cid)
            if sent:
                text += " · " + self.tr("questionnaire version {v} sent on {date}").replace(
                    "{v}", str(sent[0].version)).replace("{date}", sent[0].created_at[:10])
        self.summary.setText(text)
        self._update_actions()

    def _apply_filter(self) -> None:
        key = self.show_filter.currentData()
        tests = {WAITING: lambda a: not a.accepted and a.coverage is not None, DONE: lambda a: a.accepted,
                 NOT_COVERED: lambda a: a.coverage is Coverage.NOT_COVERED}
        self.model.set_filter(tests.get(key))
        self._update_actions()

    def _update_actions(self) -> None:
        has_rows = self.model.rowCount() > 0
        chosen = bool(self.table.selectionModel().selectedRows())
        for act in (self.act_accept, self.act_withdraw):
            act.setEnabled(chosen)
        self.act_accept_all.setEnabled(has_rows)
        self.act_history.setEnabled(self.table.currentIndex().isValid())
        self.act_import.setEnabled(bool(self._candidates))

    def counts_text(self) -> str:
        return self._counts

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(EntityKind.ANSWER, EntityKind.CANDIDATE, EntityKind.SELECTION_SETTINGS, EntityKind.NEED):
            self.refresh()

    def selected_answers(self) -> list[AnswerRead]:
        return [self.model.record(i.row()) for i in self.table.selectionModel().selectedRows()]

    # ------------------------------------------------------------------ actions
    def accept(self, selected: bool = False, accepted: bool = True) -> None:
        cid = self.candidate_id()
        if cid is None:
            return
        need_ids = [a.need_id for a in self.selected_answers()] if selected else None
        if selected and not need_ids:
            return
        name = self.candidate.currentText()
        text = (self.tr("Accept the proposed scores of {name}") if accepted else
                self.tr("Withdraw the proposed scores of {name}")).replace("{name}", name)
        self._cmd.run(text, lambda: self._s.selection.accept_proposals(cid, need_ids, accepted=accepted))

    def _on_double_click(self, index: Any) -> None:
        """On the Accepted column: accept the proposal, or withdraw it; elsewhere: its history."""
        cid = self.candidate_id()
        if cid is None or not index.isValid():
            return
        if self.model.columns[index.column()].key != "accepted":
            self.show_history()
            return
        answer = self.model.record(index.row())
        if answer.coverage is None:
            return
        text = (self.tr("Withdraw the proposed scores of {name}") if answer.accepted else
                self.tr("Accept the proposed scores of {name}")).replace("{name}", self.candidate.currentText())
        self._cmd.run(text, lambda: self._s.selection.accept_proposals(cid, [answer.need_id],
                                                                         accepted=not answer.accepted))

    def show_history(self) -> None:
        index = self.table.currentIndex()
        cid = self.candidate_id()
        if not index.isValid() or cid is None:
            return
        answer = self.model.record(index.row())
        rows = self._s.questionnaires.history(cid, answer.need_id)
        AnswerHistoryDialog(self.candidate.currentText(), answer, rows, self).exec()

    def send_questionnaire(self) -> Path | None:
        dialog = SendQuestionnaireDialog(self._candidates, self.candidate_id(), self)
        if not dialog.exec():
            return None
        cid, lang = dialog.candidate_id(), dialog.lang()
        name = dialog.candidate.currentText() if cid is not None else self.tr("blank")
        suggested = self._s.file.path.parent / (self.tr("Questionnaire - {name}.xlsx").replace("{name}", name))
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Send a vendor questionnaire"), str(suggested),
                                                self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return None
        return self.write_questionnaire(cid, Path(chosen), lang)

    def write_questionnaire(self, candidate_id: int | None, path: Path, lang: str) -> Path | None:
        from crmdesk.i18n import translator

        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        name = next((c.name for c in self._candidates if c.id == candidate_id), "")
        text = (self.tr("Send the questionnaire to {name}").replace("{name}", name) if candidate_id is not None
                else self.tr("Send a blank questionnaire"))
        result = self._cmd.run(text, lambda: self._s.questionnaires.send(candidate_id, path, translator(lang),
                                                                         lang=lang))
        if result is None:
            return None
        show_status(self, self.tr("Questionnaire written to {path}").replace("{path}", str(path)))
        return path

    def import_answers(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import answers"), str(self._s.file.path.parent),
                                                self.tr("Questionnaires (*.xlsx *.csv);;All files (*)"))
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> bool:
        """Read ``path``, show its report, import it in one undoable step when the user agrees."""
        translate = chart_translate()
        questionnaires = self._s.questionnaires

        def read(cid: int | None):  # type: ignore[no-untyped-def]  # off the GUI thread, with Cancel
            return run_with_progress(self, self.tr("Reading {name}…").replace("{name}", path.name),
                                     lambda _p, _c: questionnaires.preview(path, cid, translate), read_only=True)

        try:
            try:
                preview = read(None)
            except CandidateNeeded as exc:
                cid = self._ask_candidate(error_text(exc))
                if cid is None:
                    return False
                preview = read(cid)
        except WorkCancelled:
            return False
        except CrmdeskError as exc:
            QMessageBox.warning(self, self.tr("Import answers"), error_text(exc))
            return False
        dialog = AnswersPreviewDialog(preview, translate, self)
        if not dialog.exec():
            return False
        if self._backup is not None:
            try:
                self._backup()
            except CrmdeskError as exc:
                QMessageBox.warning(self, self.tr("Import answers"), error_text(exc))
                return False
        result = self._cmd.run(self.tr("Import the answers of {name}").replace("{name}", preview.candidate_name),
                               lambda: self._s.questionnaires.apply(preview))
        if result is None:
            return False
        outcome: Any = result[0]
        self.set_candidate(preview.candidate_id)
        show_status(self, self.tr("Answers of {name} imported from {file}: {created} new, {replaced} replaced, "
                                  "{unchanged} unchanged").replace("{name}", preview.candidate_name)
                    .replace("{file}", path.name).replace("{created}", str(outcome.created))
                    .replace("{replaced}", str(outcome.replaced)).replace("{unchanged}", str(outcome.unchanged)))
        return True

    def _ask_candidate(self, why: str) -> int | None:
        names = [c.name for c in self._candidates]
        if not names:
            return None
        current = max(self.candidate.currentIndex(), 0)
        chosen, ok = QInputDialog.getItem(self, self.tr("Which candidate answered?"), why, names, current, False)
        if not ok:
            return None
        return next(c.id for c in self._candidates if c.name == chosen)
