"""The acceptance tab (recette): a campaign chooser and its actions on top, a summary line,
then five pages: the runner, the test cases, the defects, coverage & go/no-go, the charts.

Every write goes through the commander (one undo step each); the tab refreshes when
``AppEvents.data_changed`` touches what it shows, and only when shown (a hidden tab catches up
when it shows). Pages other than the one shown are refreshed when they are opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.acceptance import CampaignCaseRead, CampaignRead, CampaignStatus
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.project import PersonRead
from crmdesk.services.acceptance import CampaignChoice
from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.features.acceptance.actions import AcceptanceActions
from crmdesk.ui.features.acceptance.cases_page import CasesPage
from crmdesk.ui.features.acceptance.charts_page import ChartsPage
from crmdesk.ui.features.acceptance.common import DeferredPage, enum_text, esc, make_action, tool
from crmdesk.ui.features.acceptance.coverage_page import CoveragePage
from crmdesk.ui.features.acceptance.defects_page import DefectsPage
from crmdesk.ui.features.acceptance.runner import RunnerPanel
from crmdesk.ui.undo import Commander

WATCHED = (EntityKind.TEST_CASE, EntityKind.CAMPAIGN, EntityKind.EXECUTION, EntityKind.DEFECT, EntityKind.SIGNOFF,
           EntityKind.NEED, EntityKind.STORY, EntityKind.PERSON)
RUN, CASES, DEFECTS, COVERAGE, CHARTS = range(5)


class AcceptanceTab(AcceptanceActions, QWidget):
    counts_changed = Signal(str)

    def __init__(self, services: ProjectServices, commander: Commander, events: AppEvents,
                 parent: QWidget | None = None, backup: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptanceTab")
        self._s = services
        self._cmd = commander
        self._backup = backup
        self._campaign_id: int | None = None
        self._choices: list[CampaignChoice] = []
        self._chosen: CampaignRead | None = None
        self._people: list[PersonRead] = []
        self._stale: set[int] = set()
        self._counts = ""
        self._dirty = False
        self._build_ui()
        events.data_changed.connect(self._on_data_changed)
        self.reload()

    # ------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        self.chooser = QComboBox()
        self.chooser.setObjectName("campaignChooser")
        self.chooser.setMinimumContentsLength(16)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setToolTip(self.tr("The campaign the runner, the coverage and the charts show"))
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        chooser_label = QLabel(self.tr("&Campaign"))
        chooser_label.setBuddy(self.chooser)

        self.act_new_campaign = make_action(self, self.tr("New campaign…"), self.new_campaign, None, "actNewCampaign")
        self.act_edit_campaign = make_action(self, self.tr("Edit campaign…"), self.edit_campaign, None,
                                             "actEditCampaign")
        self.act_start = make_action(self, self.tr("Start campaign"), self.start_campaign, None, "actStartCampaign")
        self.act_close = make_action(self, self.tr("Close campaign…"), self.close_campaign, None, "actCloseCampaign")
        self.act_reopen = make_action(self, self.tr("Reopen the campaign"), self.reopen_campaign, None,
                                      "actReopenCampaign")
        self.act_delete_campaign = make_action(self, self.tr("Delete the campaign…"), self.delete_campaign, None,
                                               "actDeleteCampaign")
        self.act_add_cases = make_action(self, self.tr("Add selected cases to the campaign"), self.add_selected_cases,
                                         None, "actAddCases")
        self.act_export = make_action(self, self.tr("Export the testers' workbook…"), self.export_workbook, None,
                                      "actExportWorkbook")
        self.act_import = make_action(self, self.tr("Import the testers' results…"), self.import_results, None,
                                      "actImportResults")
        self.act_signoff = make_action(self, self.tr("PV de recette…"), self.sign_off, None, "actSignoff")
        self.act_signoff.setToolTip(self.tr("Record the decision and save the sign-off report (PDF)"))
        self.act_new_case = make_action(self, self.tr("New test case…"), self.new_case, None, "actNewCase")
        self.act_edit_case = make_action(self, self.tr("Edit test case…"), self.edit_current_case, None,
                                         "actEditCase")
        self.act_new_defect = make_action(self, self.tr("New defect…"), self.new_defect, None, "actNewDefect")
        self.act_from_needs = make_action(self, self.tr("Create test cases from needs…"), self.cases_from_needs, None,
                                          "actCasesFromNeeds")
        self.act_from_stories = make_action(self, self.tr("Create test cases from stories…"), self.cases_from_stories,
                                            None, "actCasesFromStories")
        self.act_delete_cases = make_action(self, self.tr("Delete selected test cases"), self.delete_cases, None,
                                            "actDeleteCases")

        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 2)
        top.addWidget(self._menu_button(self.tr("Campaign"), "campaignMenuButton", (
            self.act_new_campaign, self.act_edit_campaign, None, self.act_start, self.act_close, self.act_reopen,
            None, self.act_add_cases, None, self.act_delete_campaign)))
        top.addWidget(self._menu_button(self.tr("Workbook"), "workbookMenuButton", (self.act_export, self.act_import)))
        top.addWidget(tool(self.act_signoff))
        top.addStretch(1)
        top.addWidget(self._menu_button(self.tr("Test cases"), "casesMenuButton", (
            self.act_new_case, self.act_edit_case, self.act_from_needs, self.act_from_stories, None,
            self.act_delete_cases, None, self.act_new_defect)))

        self.summary = QLabel()
        self.summary.setObjectName("campaignSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("acceptanceMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #2E5C8A;")
        header = QFrame()
        header.setObjectName("campaignHeader")
        header.setStyleSheet("QFrame#campaignHeader { background: #F4F6F9; border: 1px solid #DCE1E8;"
                             " border-radius: 4px; }")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(10, 6, 10, 6)
        header_layout.setSpacing(2)
        header_layout.addWidget(self.summary)
        header_layout.addWidget(self.message)
        self.message.hide()

        self.runner = RunnerPanel()
        self._deferred = {CASES: DeferredPage(self._new_cases_page), DEFECTS: DeferredPage(self._new_defects_page),
                          COVERAGE: DeferredPage(self._new_coverage_page),
                          CHARTS: DeferredPage(lambda: ChartsPage(self._s.acceptance))}
        self.pages = QTabWidget()
        self.pages.setObjectName("acceptancePages")
        for page, text, key in ((self.runner, self.tr("Run"), "Alt+1"),
                                (self._deferred[CASES], self.tr("Test cases"), "Alt+2"),
                                (self._deferred[DEFECTS], self.tr("Defects"), "Alt+3"),
                                (self._deferred[COVERAGE], self.tr("Coverage && go/no-go"), "Alt+4"),
                                (self._deferred[CHARTS], self.tr("Progress charts"), "Alt+5")):
            index = self.pages.addTab(page, text)
            self.pages.setTabToolTip(index, f"{text.replace('&&', '&')} ({key})")
            make_action(self, text, lambda i=index: self.show_page(i), key)
        self.pages.currentChanged.connect(self._on_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(header)
        layout.addWidget(self.pages, 1)

        self.runner.record_requested.connect(self.record_entry)
        self.runner.case_changed.connect(self._show_history)
        self.runner.assign_tester_requested.connect(self.assign_tester)
        self.runner.remove_requested.connect(self.remove_campaign_cases)

    # The pages other than the runner are built when first shown or asked for: building them
    # took ~6 ms of the tab's first show, for pages the user may not open.
    def _new_cases_page(self) -> CasesPage:
        page = CasesPage()
        page.edit_requested.connect(self.edit_case)
        return page

    def _new_defects_page(self) -> DefectsPage:
        page = DefectsPage()
        page.status_requested.connect(self.set_defect_status)
        page.severity_requested.connect(self.set_defect_severity)
        page.ticket_requested.connect(self.set_defect_ticket)
        page.add_retests_requested.connect(self.add_case_ids)
        page.new_requested.connect(self.new_defect)
        return page

    def _new_coverage_page(self) -> CoveragePage:
        page = CoveragePage()
        page.priority_changed.connect(lambda: self._refresh_page(COVERAGE))
        return page

    @property
    def cases_page(self) -> CasesPage:
        return self._deferred[CASES].page()  # type: ignore[return-value]

    @property
    def defects_page(self) -> DefectsPage:
        return self._deferred[DEFECTS].page()  # type: ignore[return-value]

    @property
    def coverage_page(self) -> CoveragePage:
        return self._deferred[COVERAGE].page()  # type: ignore[return-value]

    @property
    def charts_page(self) -> ChartsPage:
        return self._deferred[CHARTS].page()  # type: ignore[return-value]

    def _menu_button(self, text: str, name: str, actions) -> QToolButton:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        for act in actions:
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the campaigns again, refresh the page shown; the others when opened. Only the
        chosen campaign is read with its figures, the chooser lists the others' names: counting
        every campaign's attempts took ~25 ms of the first show on a large project. On the
        runner, the chosen campaign's counts come from the cases it shows (another ~10 ms)."""
        self._dirty = False
        acc = self._s.acceptance
        self._choices = acc.campaign_choices()
        chosen, shown = self._chosen_id(), self.pages.currentIndex()
        cases: list[CampaignCaseRead] | None = None
        if chosen is None:
            self._chosen = None
        elif shown == RUN:
            self._chosen, cases = acc.campaign_with_cases(chosen)
        else:
            self._chosen = acc.campaign(chosen)
        self._people = self._s.people.list()
        self._fill_chooser()
        self.runner.set_people(self._people)
        self._show_header()
        self._update_actions()
        self._stale = {RUN, CASES, DEFECTS, COVERAGE, CHARTS}
        self._refresh_page(shown, cases)
        self._counts = self._count()
        self._emit_counts()

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.touches(*WATCHED):
            return
        if not self.isVisible():
            self._dirty = True
            return
        self.reload()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def _on_page(self, index: int) -> None:
        if index in self._stale:
            self._refresh_page(index)

    def _refresh_page(self, index: int, cases: list[CampaignCaseRead] | None = None) -> None:
        """Show the page's data again (``cases``: the runner's, when already read)."""
        self._stale.discard(index)
        acc = self._s.acceptance
        cid = self.campaign_id()
        campaign = self.campaign()
        if index == RUN:
            if cases is None:
                cases = acc.campaign_cases(cid) if cid is not None else []
            editable = campaign is not None and campaign.status is not CampaignStatus.CLOSED
            self.runner.set_cases(cases, editable)
        elif index == CASES:
            self.cases_page.set_cases(acc.cases())
        elif index == DEFECTS:
            self.defects_page.set_defects(acc.defects(), acc.retest_proposals(cid))
        elif index == COVERAGE:
            matrix = acc.coverage(cid, self.coverage_page.chosen_priority())
            scope = (self.tr("Scope of {campaign}").replace("{campaign}", campaign.name) if campaign
                     else self.tr("Whole project (latest results)"))
            self.coverage_page.set_matrix(matrix, scope)
            self.coverage_page.set_go_no_go(acc.go_no_go(cid) if cid is not None else None)
        elif index == CHARTS:
            self.charts_page.set_campaign(cid)

    def _show_history(self, campaign_case_id: int) -> None:
        self.runner.set_history(self._s.acceptance.executions(campaign_case_id=campaign_case_id))

    def _chosen_id(self) -> int | None:
        """The campaign chosen (by default the running one, else the last)."""
        if any(c.id == self._campaign_id for c in self._choices):
            return self._campaign_id
        running = [c for c in self._choices if c.status is CampaignStatus.RUNNING]
        found = running[-1] if running else (self._choices[-1] if self._choices else None)
        return found.id if found is not None else None

    def campaign(self) -> CampaignRead | None:
        """The campaign chosen, as read by the last reload."""
        return self._chosen

    def campaign_id(self) -> int | None:
        campaign = self.campaign()
        return campaign.id if campaign else None

    def select_campaign(self, campaign_id: int | None) -> None:
        self._campaign_id = campaign_id
        self.reload()

    def _fill_chooser(self) -> None:
        chosen = self.campaign()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for c in self._choices:
            self.chooser.addItem(f"{c.name} — {enum_text(c.status)}", c.id)
        if chosen is not None:
            self.chooser.setCurrentIndex(self.chooser.findData(chosen.id))
        self.chooser.setEnabled(bool(self._choices))
        self.chooser.blockSignals(False)

    def _on_chosen(self, index: int) -> None:
        if index >= 0:
            self.select_campaign(self.chooser.itemData(index))

    def _show_header(self) -> None:
        c = self.campaign()
        if c is None:
            self.summary.setText(self.tr("No campaign yet. Write test cases, then create a campaign "
                                         "(Campaign ▸ New campaign…)."))
            return
        parts = [enum_text(c.kind), enum_text(c.status)]
        if c.start_date:
            dates = c.start_date.isoformat() + (f" → {c.end_date.isoformat()}" if c.end_date else "")
            parts.append(dates)
        n = c.counts
        parts.append(self.tr("{done}/{total} run ({pct} %)").replace("{done}", str(n.executed))
                     .replace("{total}", str(n.total)).replace("{pct}", str(round(100 * c.progress))))
        parts.append(self.tr("{ok} OK · {ko} KO · {blocked} blocked").replace("{ok}", str(n.passed))
                     .replace("{ko}", str(n.failed)).replace("{blocked}", str(n.blocked)))
        if c.tester_names:
            parts.append(self.tr("testers: {names}").replace("{names}", ", ".join(c.tester_names)))
        if c.signoff is not None:
            parts.append(self.tr("signed off: {decision}").replace("{decision}", enum_text(c.signoff.decision)))
        self.summary.setText(f"<b>{esc(c.name)}</b> · " + " · ".join(esc(p) for p in parts))

    def _update_actions(self) -> None:
        c = self.campaign()
        status = c.status if c else None
        self.act_edit_campaign.setEnabled(c is not None and status is not CampaignStatus.CLOSED)
        self.act_start.setEnabled(status is CampaignStatus.PLANNED)
        self.act_close.setEnabled(status is CampaignStatus.RUNNING)
        self.act_reopen.setEnabled(status is CampaignStatus.CLOSED and c is not None and c.signoff is None)
        self.act_delete_campaign.setEnabled(c is not None)
        self.act_add_cases.setEnabled(c is not None and status is not CampaignStatus.CLOSED)
        self.act_export.setEnabled(c is not None and status is not CampaignStatus.CLOSED)
        self.act_import.setEnabled(c is not None)
        self.act_signoff.setEnabled(c is not None)
        self.act_signoff.setText(self.tr("Save the PV de recette…") if c is not None and c.signoff is not None
                                 else self.tr("PV de recette…"))

    def _count(self) -> str:
        acc = self._s.acceptance
        text = self.tr("{cases} test cases · {open} open defects").replace(
            "{cases}", str(acc.case_count())).replace("{open}", str(acc.open_defect_count()))
        c = self.campaign()
        if c is not None:
            text += " · " + self.tr("{campaign}: {done}/{total} run").replace("{campaign}", c.name).replace(
                "{done}", str(c.counts.executed)).replace("{total}", str(c.counts.total))
        return text

    def _emit_counts(self) -> None:
        """Tell the counts of the last reload (the window asks again once it listens)."""
        self.counts_changed.emit(self._counts)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ public
    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        if index == RUN:
            self.runner.steps.setFocus()

    def focus_search(self) -> None:
        if self.pages.currentIndex() == DEFECTS:
            self.defects_page.focus_search()
            return
        self.pages.setCurrentIndex(CASES)
        self.cases_page.focus_search()

    def flush_edits(self) -> None:
        """Nothing waits to be saved: an attempt is recorded with Ctrl+Enter, edits in dialogs on OK."""
