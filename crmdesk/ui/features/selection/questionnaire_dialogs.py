"""Dialogs of the vendor questionnaire round trip: sending one, the report of an answers file
before it is imported, and the earlier answers of one need."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.questionnaires import AnswerHistoryRead, AnswerRead
from crmdesk.domain.selection import CandidateRead
from crmdesk.ui.features.selection.common import (
    GOOD_STYLE,
    WARN_STYLE,
    enum_label,
    euros,
    interface_language,
    setup_table,
)
from crmdesk.ui.models.record_table import Column, RecordTableModel

translate = QCoreApplication.translate

BLANK = -1
DANGER_STYLE = ("QFrame#{name} {{ background: #FCE4E1; border: 1px solid #E3A39B; border-radius: 4px; }}"
                " QFrame#{name} QLabel {{ color: #7D1A10; }}")


class SendQuestionnaireDialog(QDialog):
    """Which candidate the questionnaire is for (or a blank one), and its language."""

    def __init__(self, candidates: list[CandidateRead], current_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendQuestionnaireDialog")
        self.setWindowTitle(self.tr("Send a vendor questionnaire"))
        intro = QLabel(self.tr("The questionnaire is an Excel workbook listing every need (except the rejected "
                               "ones): the vendor says for each how its offer covers it, with a comment, an "
                               "extra cost and a planned lot. Send it, then import the file they send back."))
        intro.setWordWrap(True)
        self.candidate = QComboBox()
        self.candidate.setObjectName("questionnaireCandidate")
        for cand in candidates:
            self.candidate.addItem(cand.name, cand.id)
        self.candidate.addItem(self.tr("A blank questionnaire (for any candidate)"), BLANK)
        found = self.candidate.findData(current_id)
        self.candidate.setCurrentIndex(max(found, 0))
        self.language = QComboBox()
        self.language.setObjectName("questionnaireLanguage")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(interface_language()))
        form = QFormLayout()
        form.addRow(self.tr("For"), self.candidate)
        form.addRow(self.tr("Language of the workbook"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 220)

    def candidate_id(self) -> int | None:
        value = self.candidate.currentData()
        return None if value == BLANK else int(value)

    def lang(self) -> str:
        return str(self.language.currentData())


class AnswersPreviewDialog(QDialog):
    """The report of an answers file: what will be imported, and every problem found. Nothing
    is imported while the file holds invalid values."""

    def __init__(self, preview: Any, translate: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answersPreviewDialog")
        self.setWindowTitle(self.tr("Import answers"))
        self.preview = preview
        self.banner = QFrame()
        self.banner.setObjectName("answersBanner")
        banner_layout = QVBoxLayout(self.banner)
        self.summary = QLabel()
        self.summary.setObjectName("answersSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        banner_layout.addWidget(self.summary)
        banner_layout.addWidget(self.detail)
        counts = (preview.count("new"), preview.count("replaced"), preview.count("unchanged"))
        self.summary.setText(self.tr("{candidate}: {new} new answers, {replaced} replacing earlier ones (kept in the "
                                     "history), {unchanged} unchanged")
                             .replace("{candidate}", preview.candidate_name).replace("{new}", str(counts[0]))
                             .replace("{replaced}", str(counts[1])).replace("{unchanged}", str(counts[2])))
        problems = []
        if preview.unknown:
            problems.append(self.tr("{n} unknown references").replace("{n}", str(len(preview.unknown))))
        if preview.changed_questions:
            problems.append(self.tr("{n} changed question texts").replace("{n}", str(len(preview.changed_questions))))
        if preview.missing:
            problems.append(self.tr("{n} needs without an answer").replace("{n}", str(len(preview.missing))))
        if preview.blocking:
            style = DANGER_STYLE
            text = self.tr("{n} invalid values: correct them in the file and import it again. Nothing is imported "
                           "until then.").replace("{n}", str(len(preview.parsed.invalid)))
        elif not preview.planned:
            style = WARN_STYLE
            text = self.tr("The file holds no answers: nothing to import.")
        elif preview.to_apply == 0:
            style = WARN_STYLE
            text = self.tr("Nothing new to import: every answer is the one already imported.")
        else:
            style = WARN_STYLE if problems else GOOD_STYLE
            text = self.tr("Everything is imported in one step (undo with Ctrl+Z); a backup of the project is taken "
                           "first. Replaced answers go to the history.")
        if problems:
            text = " · ".join(problems) + "\n" + text
        self.detail.setText(text)
        self.banner.setStyleSheet(style.format(name="answersBanner"))
        self.report = QPlainTextEdit()
        self.report.setObjectName("answersReport")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(QFont().pointSize() - 1, 8))
        self.report.setFont(mono)
        self.report.setPlainText("\n".join(preview.report_lines(translate)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(not preview.blocking and preview.to_apply > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(QLabel(self.tr("Report")))
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 560)


def history_columns() -> list[Column[AnswerHistoryRead]]:

    return [
        Column("replaced", translate("AnswerHistoryDialog", "Replaced on"), lambda h: h.replaced_at[:16].replace("T", " "), width=130),
        Column("imported", translate("AnswerHistoryDialog", "Imported on"), lambda h: h.imported_at[:16].replace("T", " "), width=130),
        Column("coverage", translate("AnswerHistoryDialog", "Coverage"), lambda h: enum_label(h.coverage) if h.coverage else "", width=150),
        Column("comment", translate("AnswerHistoryDialog", "Comment"), lambda h: " ".join(h.comment.split()), width=300, tooltip=lambda h: h.comment),
        Column("extra_cost", translate("AnswerHistoryDialog", "Extra cost"), lambda h: euros(h.extra_cost), width=100),
        Column("planned_lot", translate("AnswerHistoryDialog", "Planned lot"), lambda h: h.planned_lot, width=100),
    ]


class AnswerHistoryDialog(QDialog):
    """The answers a candidate gave earlier for one need, newest first."""

    def __init__(self, candidate: str, answer: AnswerRead, rows: list[AnswerHistoryRead],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerHistoryDialog")
        self.setWindowTitle(self.tr("History of the answer: {ref}").replace("{ref}", answer.need_ref))
        now = self.tr("{candidate} on {ref} {title}: now {coverage}").replace("{candidate}", candidate) \
            .replace("{ref}", answer.need_ref).replace("{title}", answer.need_title) \
            .replace("{coverage}", enum_label(answer.coverage) if answer.coverage else self.tr("no answer"))
        head = QLabel(now)
        head.setWordWrap(True)
        self.model: RecordTableModel[AnswerHistoryRead] = RecordTableModel(history_columns(), parent=self)
        self.model.set_rows(rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, "answerHistoryTable", [c.width for c in self.model.columns])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        empty = QLabel(self.tr("No earlier answer: this one was never replaced."))
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(900, 360)
