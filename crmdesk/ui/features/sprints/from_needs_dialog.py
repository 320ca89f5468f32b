"""Create stories from needs: tick needs (by default the mandatory and desired ones no story
builds yet), review the stories proposed (one per need, pre-filled and linked), create them in
one undoable step."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.needs import NeedRead
from crmdesk.domain.sprints import LotRead, StoryDraft
from crmdesk.ui.features.sprints.common import kind_label
from crmdesk.ui.features.sprints.need_checklist import NeedChecklist
from crmdesk.ui.models.record_table import Column, RecordTableModel

translate = QCoreApplication.translate
Propose = Callable[[Sequence[int], "int | None", bool], list[StoryDraft]]


def default_needs(needs: Sequence[NeedRead], stories_by_need: dict[int, list[str]]) -> list[int]:
    """Mandatory and desired needs, neither rejected nor postponed, that no story builds yet."""
    return [n.id for n in needs if n.priority in (Priority.MANDATORY, Priority.DESIRED)
            and n.status not in (NeedStatus.REJECTED, NeedStatus.POSTPONED) and n.id not in stories_by_need]


def proposal_columns(refs: dict[int, str]) -> list[Column[StoryDraft]]:
    def criteria(d: StoryDraft) -> str:
        n = len([line for line in d.acceptance_criteria.splitlines() if line.strip()])
        return translate("FromNeedsDialog", "{n} criteria").replace("{n}", str(n)) if n else ""

    return [
        Column("need", translate("FromNeedsDialog", "Need"), lambda d: ", ".join(refs.get(i, "") for i in d.need_ids), width=80),
        Column("title", translate("FromNeedsDialog", "Story title"), lambda d: d.title, width=320, tooltip=lambda d: d.title),
        Column("so_that", translate("FromNeedsDialog", "So that"), lambda d: d.so_that, width=300, tooltip=lambda d: d.so_that),
        Column("kind", translate("FromNeedsDialog", "Kind"), lambda d: kind_label(d.kind), width=110),
        Column("criteria", translate("FromNeedsDialog", "Acceptance criteria"), criteria, width=130,
               tooltip=lambda d: d.acceptance_criteria),
    ]


class FromNeedsDialog(QDialog):
    def __init__(self, needs: Sequence[NeedRead], stories_by_need: dict[int, list[str]], lots: Sequence[LotRead],
                 propose: Propose, preselect: Iterable[int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fromNeedsDialog")
        self.setWindowTitle(self.tr("Create stories from needs"))
        self._propose = propose
        self._refs = {n.id: n.ref for n in needs}
        self.drafts: list[StoryDraft] = []
        intro = QLabel(self.tr("Tick the needs to turn into user stories: one story per need, pre-filled from it "
                               "(title, benefit, acceptance criteria) and linked to it. Complete “As a … I want …” "
                               "afterwards, in each story."))
        intro.setWordWrap(True)
        self.needs = NeedChecklist()
        self.needs.set_needs(needs, default_needs(needs, stories_by_need) if preselect is None else preselect,
                             stories_by_need)
        self.needs.changed.connect(self._update_preview)
        self.lot = QComboBox()
        self.lot.setObjectName("lot")
        self.lot.addItem(self.tr("(no lot)"), None)
        for lot in lots:
            self.lot.addItem(lot.name, lot.id)
        self.lot.currentIndexChanged.connect(self._update_preview)
        self.again = QCheckBox(self.tr("Also for needs that already have a story"))
        self.again.setObjectName("includeLinked")
        self.again.toggled.connect(self._update_preview)
        self.preview_model: RecordTableModel[StoryDraft] = RecordTableModel(
            proposal_columns(self._refs), id_of=lambda d: d.need_ids[0] if d.need_ids else 0, parent=self)
        self.preview = QTableView()
        self.preview.setObjectName("proposals")
        self.preview.setModel(self.preview_model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().setVisible(False)
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 10)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        for i, col in enumerate(self.preview_model.columns):
            self.preview.setColumnWidth(i, col.width)
        self.preview.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("summary")

        needs_box = QGroupBox(self.tr("&Needs"))
        QVBoxLayout(needs_box).addWidget(self.needs)
        options = QFormLayout()
        options.addRow(self.tr("Put the stories in &lot"), self.lot)
        options.addRow("", self.again)
        preview_box = QGroupBox(self.tr("Stories that will be created"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addLayout(options)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("fromNeedsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(needs_box)
        splitter.addWidget(preview_box)
        splitter.setSizes([330, 300])

        buttons = QDialogButtonBox()
        self.create_button = QPushButton()
        self.create_button.setObjectName("createStories")
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1000, 720)
        self._update_preview()
        self.needs.search.setFocus()

    def _update_preview(self, *_args: object) -> None:
        ids = self.needs.checked_ids()
        self.drafts = self._propose(ids, self.lot.currentData(), not self.again.isChecked()) if ids else []
        self.preview_model.set_rows(self.drafts)
        skipped = len(ids) - len(self.drafts)
        text = self.tr("{n} story(ies) will be created.").replace("{n}", str(len(self.drafts)))
        if skipped > 0:
            text += " " + self.tr("{n} ticked need(s) already have a story and are skipped.").replace("{n}", str(skipped))
        self.summary.setText(text)
        self.create_button.setText(self.tr("Create {n} story(ies)").replace("{n}", str(len(self.drafts))))
        self.create_button.setEnabled(bool(self.drafts))

    def chosen(self) -> tuple[list[int], int | None, bool]:
        """(need ids, lot id, skip the needs that already have a story)."""
        return self.needs.checked_ids(), self.lot.currentData(), not self.again.isChecked()
