"""The campaign dialog, the sign-off (PV de recette) dialog and the workbook import preview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.acceptance import CampaignKind, CampaignRead, Decision, Signatory
from crmdesk.domain.acceptance_signoff import SignoffReport
from crmdesk.domain.acceptance_values import CampaignDraft
from crmdesk.domain.enums import Role
from crmdesk.domain.labels import ROLE_LABELS
from crmdesk.domain.project import PersonRead
from crmdesk.domain.sprints import LotRead
from crmdesk.ui.features.acceptance.common import enum_text

SCOPE_NONE, SCOPE_LOT, SCOPE_MANDATORY = range(3)


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate.currentDate()


def _pydate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class CampaignDialog(QDialog):
    def __init__(self, lots: list[LotRead], people: list[PersonRead], campaign: CampaignRead | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignDialog")
        self.setWindowTitle(self.tr("New campaign") if campaign is None else self.tr("Edit campaign"))
        self.name = QLineEdit(campaign.name if campaign else "")
        self.name.setObjectName("campaignName")
        self.kind = QComboBox()
        for kind in CampaignKind:
            self.kind.addItem(enum_text(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(campaign.kind if campaign else CampaignKind.VABF))
        self.start = QDateEdit(_qdate(campaign.start_date if campaign else None))
        self.end = QDateEdit(_qdate(campaign.end_date if campaign and campaign.end_date else None).addDays(
            0 if campaign and campaign.end_date else 14))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.lot = QComboBox()
        self.lot.addItem(self.tr("(all lots)"), None)
        for lot in lots:
            self.lot.addItem(lot.name, lot.id)
        if campaign and campaign.lot_id is not None:
            self.lot.setCurrentIndex(self.lot.findData(campaign.lot_id))
        self.testers = QListWidget()
        self.testers.setMaximumHeight(110)
        chosen = set(campaign.tester_ids) if campaign else set()
        for person in people:
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked)
            self.testers.addItem(item)
        self.entry = QPlainTextEdit(campaign.entry_criteria if campaign else "")
        self.exit = QPlainTextEdit(campaign.exit_criteria if campaign else "")
        for edit in (self.entry, self.exit):
            edit.setMaximumHeight(60)
        self.pct = QDoubleSpinBox()
        self.pct.setRange(0, 100)
        self.pct.setSuffix(" %")
        self.pct.setValue(campaign.exit_mandatory_passed_pct if campaign else 100.0)
        self.max_blocking = QSpinBox()
        self.max_blocking.setRange(0, 10000)
        self.max_blocking.setValue(campaign.exit_max_blocking if campaign else 0)
        self.max_major = QSpinBox()
        self.max_major.setRange(0, 10000)
        self.max_major.setValue(campaign.exit_max_major if campaign else 3)
        thresholds = QHBoxLayout()
        for text, widget in ((self.tr("mandatory needs passed ≥"), self.pct),
                             (self.tr("blocking ≤"), self.max_blocking), (self.tr("major ≤"), self.max_major)):
            thresholds.addWidget(QLabel(text))
            thresholds.addWidget(widget)
        self.scope = QComboBox()
        self.scope.setObjectName("campaignScope")
        self.scope.addItem(self.tr("No case yet (add them later)"), SCOPE_NONE)
        self.scope.addItem(self.tr("Every ready case of the lot"), SCOPE_LOT)
        self.scope.addItem(self.tr("Every case of the mandatory needs"), SCOPE_MANDATORY)
        self.scope.setCurrentIndex(SCOPE_LOT)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("→"))
        dates.addWidget(self.end)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Lot"), self.lot)
        form.addRow(self.tr("Testers"), self.testers)
        if campaign is None:
            form.addRow(self.tr("Scope"), self.scope)
        form.addRow(self.tr("Entry criteria"), self.entry)
        form.addRow(self.tr("Exit criteria"), self.exit)
        form.addRow(self.tr("Go/no-go"), thresholds)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(600, 560)

    def draft(self) -> CampaignDraft:
        return CampaignDraft(
            name=self.name.text(), kind=CampaignKind(self.kind.currentData()), start_date=_pydate(self.start.date()),
            end_date=_pydate(self.end.date()), lot_id=self.lot.currentData(),
            entry_criteria=self.entry.toPlainText().strip(), exit_criteria=self.exit.toPlainText().strip(),
            exit_mandatory_passed_pct=self.pct.value(), exit_max_blocking=self.max_blocking.value(),
            exit_max_major=self.max_major.value(), tester_ids=tuple(self.tester_ids()))

    def tester_ids(self) -> list[int]:
        return [self.testers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.testers.count())
                if self.testers.item(i).checkState() == Qt.CheckState.Checked]

    def scope_choice(self) -> int:
        return int(self.scope.currentData())


class SignoffDialog(QDialog):
    """The decision, the reservations (pre-filled from the open defects), the signatories and
    the date; OK asks where to save the PDF."""

    def __init__(self, report: SignoffReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signoffDialog")
        self.setWindowTitle(self.tr("PV de recette: {campaign}").replace("{campaign}", report.campaign.name))
        self._report = report
        self.decision = QComboBox()
        self.decision.setObjectName("signoffDecision")
        for decision in Decision:
            self.decision.addItem(enum_text(decision), decision)
        self.decision.setCurrentIndex(self.decision.findData(report.proposed))
        proposal = QLabel(self.tr("The figures propose: {decision} ({verdict})")
                          .replace("{decision}", enum_text(report.proposed))
                          .replace("{verdict}", self.tr("go") if report.go_no_go.go else self.tr("no-go")))
        proposal.setStyleSheet("color: #3A4756;")
        self.reservations = QPlainTextEdit("\n".join(report.reservations))
        self.reservations.setObjectName("signoffReservations")
        self.reservations.setPlaceholderText(self.tr("One reservation a line"))
        self.signatories = QTableWidget(0, 2)
        self.signatories.setObjectName("signoffSignatories")
        self.signatories.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.signatories.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.signatories.verticalHeader().hide()
        for signatory in report.signatories:
            self.add_signatory(signatory)
        add = QPushButton(self.tr("Add a signatory"))
        add.clicked.connect(lambda: self.add_signatory(Signatory("", Role.OTHER)))
        self.day = QDateEdit(_qdate(report.signed_on or report.generated_on))
        self.day.setObjectName("signoffDate")
        self.day.setCalendarPopup(True)
        self.decision.currentIndexChanged.connect(lambda _i: self._on_decision())
        form = QFormLayout(self)
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow("", proposal)
        form.addRow(self.tr("Reservations"), self.reservations)
        form.addRow(self.tr("Signatories"), self.signatories)
        form.addRow("", add)
        form.addRow(self.tr("Date"), self.day)
        note = QLabel(self.tr("Recording the decision closes the campaign; then choose where to save the PDF."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign off and save the PDF…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._on_decision()
        self.resize(640, 520)

    def add_signatory(self, signatory: Signatory) -> None:
        row = self.signatories.rowCount()
        self.signatories.insertRow(row)
        self.signatories.setItem(row, 0, QTableWidgetItem(signatory.name))
        combo = QComboBox()
        for role in Role:
            combo.addItem(QCoreApplication.translate("Role", ROLE_LABELS[role]), role)
        combo.setCurrentIndex(combo.findData(signatory.role))
        self.signatories.setCellWidget(row, 1, combo)

    def _on_decision(self) -> None:
        accepted = self.decision.currentData() == Decision.ACCEPTED
        self.reservations.setEnabled(not accepted)

    def chosen_decision(self) -> Decision:
        return Decision(self.decision.currentData())

    def reservation_lines(self) -> list[str]:
        if self.chosen_decision() is Decision.ACCEPTED:
            return []
        return [line.strip() for line in self.reservations.toPlainText().splitlines() if line.strip()]

    def chosen_signatories(self) -> list[Signatory]:
        out = []
        for row in range(self.signatories.rowCount()):
            item = self.signatories.item(row, 0)
            combo = self.signatories.cellWidget(row, 1)
            if item and item.text().strip():
                out.append(Signatory(item.text().strip(), Role(combo.currentData())))  # type: ignore[union-attr]
        return out

    def signed_on(self) -> date:
        return _pydate(self.day.date())


class ImportPreviewDialog(QDialog):
    """The import report; Import records everything or nothing."""

    def __init__(self, lines: list[str], invalid: bool, conflicts: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsImportPreview")
        self.setWindowTitle(self.tr("Import the testers' results"))
        report = QPlainTextEdit("\n".join(lines))
        report.setReadOnly(True)
        self.accept_conflicts = QCheckBox(self.tr("Record them anyway (conflicts become new attempts)"))
        self.accept_conflicts.setVisible(bool(conflicts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        self.accept_conflicts.toggled.connect(lambda on: self.ok.setEnabled(not invalid and (on or not conflicts)))
        self.ok.setEnabled(not invalid and not conflicts)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Nothing is recorded unless every row can be.")))
        layout.addWidget(report, 1)
        layout.addWidget(self.accept_conflicts)
        layout.addWidget(buttons)
        self.resize(620, 420)
