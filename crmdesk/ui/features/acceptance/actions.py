"""The acceptance tab's writes, each through ``Commander.run`` (one undo step each), and its
file actions (testers' workbook export and import, the PV de recette PDF).

A mixin of ``AcceptanceTab``: its strings are in the context "AcceptanceTab" (an explicit
``translate`` call: lupdate would read ``self.tr`` here in another context)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crmdesk.domain.acceptance import DefectStatus, Severity
from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.project import PersonRead
from crmdesk.domain.sprints import StoryRead
from crmdesk.services.acceptance import AcceptanceService
from crmdesk.services.container import ProjectServices
from crmdesk.ui.features.acceptance.cases_page import CaseDialog, FromNeedsDialog
from crmdesk.ui.features.acceptance.common import chart_translate, lang, result_short
from crmdesk.ui.features.acceptance.dialogs import (
    SCOPE_LOT,
    SCOPE_MANDATORY,
    CampaignDialog,
    ImportPreviewDialog,
    SignoffDialog,
)
from crmdesk.ui.features.acceptance.editing import CaseEditDialog, DefectDialog, TesterDialog
from crmdesk.ui.features.acceptance.runner import RunEntry
from crmdesk.ui.features.selection.common import run_many
from crmdesk.ui.tasks import WorkCancelled, run_with_progress
from crmdesk.ui.undo import Commander

translate = QCoreApplication.translate


class AcceptanceActions:
    """Mixed into ``AcceptanceTab`` (a QWidget)."""

    _s: ProjectServices
    _cmd: Commander
    _people: list[PersonRead]
    _backup: Callable[[], None] | None

    # provided by the tab
    def campaign_id(self) -> int | None: ...  # type: ignore[empty-body]
    def reload(self) -> None: ...
    def select_campaign(self, campaign_id: int | None) -> None: ...
    def show_message(self, text: str) -> None: ...

    @property
    def acc(self) -> AcceptanceService:
        return self._s.acceptance

    def _widget(self) -> QWidget:
        return self  # type: ignore[return-value]

    def ask_save_path(self, title: str, suggested: str, pattern: str) -> str:
        """Where to save a file (tests replace it)."""
        name, _ = QFileDialog.getSaveFileName(self._widget(), title, suggested, pattern)
        return name

    def ask_open_path(self, title: str, pattern: str) -> str:
        name, _ = QFileDialog.getOpenFileName(self._widget(), title, str(self._s.file.path.parent), pattern)
        return name

    # ------------------------------------------------------------------ campaigns
    def new_campaign(self) -> None:
        dialog = CampaignDialog(self._s.sprints.lots(), self._people, None, self._widget())
        if not dialog.exec():
            return
        draft, scope = dialog.draft(), dialog.scope_choice()
        done = self._cmd.run(translate("AcceptanceTab", "New campaign"), lambda: self.acc.create_campaign(draft))
        if done is None:
            return
        campaign = done[0]
        if scope == SCOPE_LOT:
            self._cmd.run(translate("AcceptanceTab", "Add cases to the campaign"),
                          lambda: self.acc.add_scope(campaign.id, lot_id=draft.lot_id))
        elif scope == SCOPE_MANDATORY:
            self._cmd.run(translate("AcceptanceTab", "Add cases to the campaign"),
                          lambda: self.acc.add_scope(campaign.id, lot_id=draft.lot_id, mandatory_needs=True))
        self.select_campaign(campaign.id)

    def edit_campaign(self) -> None:
        cid = self.campaign_id()
        if cid is None:
            return
        campaign = self.acc.campaign(cid)
        dialog = CampaignDialog(self._s.sprints.lots(), self._people, campaign, self._widget())
        if not dialog.exec():
            return
        values = dialog.draft().values()
        testers = dialog.tester_ids()
        self._cmd.run(translate("AcceptanceTab", "Edit campaign"), lambda: self.acc.update_campaign(cid, values))
        if set(testers) != set(campaign.tester_ids):
            self._cmd.run(translate("AcceptanceTab", "Change the testers"), lambda: self.acc.set_testers(cid, testers))

    def start_campaign(self) -> None:
        cid = self.campaign_id()
        if cid is not None:
            self._cmd.run(translate("AcceptanceTab", "Start campaign"), lambda: self.acc.start_campaign(cid))

    def close_campaign(self) -> None:
        cid = self.campaign_id()
        if cid is None:
            return
        if QMessageBox.question(self._widget(), translate("AcceptanceTab", "Close campaign"),
                                translate("AcceptanceTab", "Close the campaign? Its results can no longer change.")) \
                != QMessageBox.StandardButton.Yes:
            return
        self._cmd.run(translate("AcceptanceTab", "Close campaign"), lambda: self.acc.close_campaign(cid))

    def reopen_campaign(self) -> None:
        cid = self.campaign_id()
        if cid is not None:
            self._cmd.run(translate("AcceptanceTab", "Reopen the campaign"), lambda: self.acc.reopen_campaign(cid))

    def delete_campaign(self) -> None:
        cid = self.campaign_id()
        if cid is None:
            return
        campaign = self.acc.campaign(cid)
        if QMessageBox.question(self._widget(), translate("AcceptanceTab", "Delete the campaign"),
                                translate("AcceptanceTab", "Delete the campaign \"{name}\" and its list of cases?")
                                .replace("{name}", campaign.name)) != QMessageBox.StandardButton.Yes:
            return
        if self._cmd.run(translate("AcceptanceTab", "Delete the campaign"),
                         lambda: self.acc.delete_campaign(cid)) is not None:
            self.select_campaign(None)

    def assign_tester(self, campaign_case_ids: list[int]) -> None:
        if not campaign_case_ids:
            return
        current = self.acc.campaign_case(campaign_case_ids[0]).tester_id
        dialog = TesterDialog(self._people, current, len(campaign_case_ids), self._widget())
        accepted = dialog.exec()
        person = dialog.chosen_id()
        dialog.deleteLater()
        if not accepted:
            return
        self._cmd.run(translate("AcceptanceTab", "Assign tester"),
                      lambda: self.acc.assign_tester(campaign_case_ids, person))

    def remove_campaign_cases(self, campaign_case_ids: list[int]) -> None:
        if campaign_case_ids:
            self._cmd.run(translate("AcceptanceTab", "Remove from the campaign"),
                          lambda: self.acc.remove_cases(campaign_case_ids))

    def add_selected_cases(self) -> None:
        cid = self.campaign_id()
        ids = self.cases_page.selected_ids()  # type: ignore[attr-defined]
        if cid is None or not ids:
            return
        self._cmd.run(translate("AcceptanceTab", "Add cases to the campaign"), lambda: self.acc.add_cases(cid, ids))

    def add_case_ids(self, case_ids: list[int]) -> None:
        cid = self.campaign_id()
        if cid is not None and case_ids:
            self._cmd.run(translate("AcceptanceTab", "Add cases to re-test"), lambda: self.acc.add_cases(cid, case_ids))

    # ------------------------------------------------------------------ test cases
    def new_case(self) -> None:
        dialog = CaseDialog(self._widget())
        if dialog.exec():
            draft = dialog.draft()
            self._cmd.run(translate("AcceptanceTab", "New test case"), lambda: self.acc.create_case(draft))

    def edit_current_case(self) -> None:
        case = self.cases_page.current()  # type: ignore[attr-defined]
        if case is not None:
            self.edit_case(case.id)

    def edit_case(self, case_id: int) -> None:
        """The case editor; its changes are saved as ONE undo step."""
        case = self.acc.case(case_id)
        stories = sorted(self._all_stories(), key=lambda s: s.ref)
        dialog = CaseEditDialog(case, self._s.needs.list(), stories, self._widget())
        accepted = dialog.exec()
        values, steps = dialog.values(), dialog.step_list()
        need_ids, story_ids = dialog.need_ids(), dialog.story_ids()
        dialog.deleteLater()  # deleted here, in the GUI thread (not by a garbage collection elsewhere)
        if not accepted:
            return
        writes = []
        if values:
            writes.append((translate("AcceptanceTab", "Edit test case"),
                           lambda: self.acc.update_cases([case_id], values)))
        if tuple(steps) != tuple(case.steps):
            writes.append((translate("AcceptanceTab", "Change the steps"), lambda: self.acc.set_steps(case_id, steps)))
        if set(need_ids) != set(case.need_ids):
            writes.append((translate("AcceptanceTab", "Link needs"), lambda: self.acc.set_case_needs(case_id, need_ids)))
        if set(story_ids) != set(case.story_ids):
            writes.append((translate("AcceptanceTab", "Link stories"),
                           lambda: self.acc.set_case_stories(case_id, story_ids)))
        if writes:
            run_many(self._cmd, translate("AcceptanceTab", "Edit test case {ref}").replace("{ref}", case.ref), writes)

    def cases_from_needs(self) -> None:
        needs = self._s.needs.list()
        covered = {n for c in self.acc.cases() for n in c.need_ids}
        dialog = FromNeedsDialog(needs, covered, self._widget())
        if not dialog.exec():
            return
        ids = dialog.chosen_ids()
        if not ids:
            return
        done = self._cmd.run(translate("AcceptanceTab", "Create test cases from needs"),
                             lambda: self.acc.create_from_needs(ids))
        if done is not None:
            self.show_message(translate("AcceptanceTab", "{n} test cases created.").replace("{n}", str(len(done[0]))))

    def cases_from_stories(self) -> None:
        covered = {s for c in self.acc.cases() for s in c.story_ids}
        ids = self._all_story_ids()
        wanted = [i for i in ids if i not in covered]
        if not wanted:
            self.show_message(translate("AcceptanceTab", "Every story already has a test case."))
            return
        if QMessageBox.question(self._widget(), translate("AcceptanceTab", "Create test cases from stories"),
                                translate("AcceptanceTab",
                                          "Create one test case for each of the {n} stories without one?")
                                .replace("{n}", str(len(wanted)))) != QMessageBox.StandardButton.Yes:
            return
        done = self._cmd.run(translate("AcceptanceTab", "Create test cases from stories"),
                             lambda: self.acc.create_from_stories(wanted))
        if done is not None:
            self.show_message(translate("AcceptanceTab", "{n} test cases created.").replace("{n}", str(len(done[0]))))

    def _all_story_ids(self) -> list[int]:
        return [s.id for s in self._all_stories()]

    def _all_stories(self) -> list[StoryRead]:
        sp = self._s.sprints
        stories = list(sp.backlog())
        for sprint in sp.sprints():
            stories += sp.sprint_stories(sprint.id)
        return stories

    def delete_cases(self) -> None:
        ids = self.cases_page.selected_ids()  # type: ignore[attr-defined]
        if not ids:
            return
        if QMessageBox.question(self._widget(), translate("AcceptanceTab", "Delete test cases"),
                                translate("AcceptanceTab", "Delete {n} test cases? Past campaigns keep their copies.")
                                .replace("{n}", str(len(ids)))) != QMessageBox.StandardButton.Yes:
            return
        self._cmd.run(translate("AcceptanceTab", "Delete test cases"), lambda: self.acc.delete_cases(ids))

    # ------------------------------------------------------------------ runner
    def record_entry(self, entry: RunEntry) -> None:
        at = None
        if entry.day != self.acc.today():
            at = datetime.combine(entry.day, time(12, 0)).astimezone()
        done = self._cmd.run(translate("AcceptanceTab", "Record an attempt"), lambda: self.acc.record_execution(
            entry.campaign_case_id, entry.result, entry.steps, entry.actual, entry.comment, entry.tester_id, at=at,
            defect_severity=entry.severity))
        if done is None:
            return
        outcome = done[0]
        text = translate("AcceptanceTab", "Attempt {n} recorded: {result}.") \
            .replace("{n}", str(outcome.execution.attempt)) \
            .replace("{result}", result_short(outcome.execution.result))
        if outcome.defect is not None:
            defect = outcome.defect
            if entry.defect_title and entry.defect_title != defect.title:
                self._cmd.run(translate("AcceptanceTab", "Rename defect"),
                              lambda: self.acc.update_defect(defect.id, {"title": entry.defect_title}))
            text += " " + translate("AcceptanceTab", "Defect {ref} created.").replace("{ref}", defect.ref)
        if outcome.reopened:
            text += " " + translate("AcceptanceTab", "Sent back to correction: {refs}.").replace(
                "{refs}", ", ".join(d.ref for d in outcome.reopened))
        if outcome.to_close:
            text += " " + translate("AcceptanceTab", "Can now be closed: {refs}.").replace(
                "{refs}", ", ".join(d.ref for d in outcome.to_close))
        self.show_message(text)
        self.runner.next_case()  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ defects
    def new_defect(self) -> None:
        stories = sorted(self._all_stories(), key=lambda s: s.ref)
        dialog = DefectDialog(self._s.needs.list(), stories, self.acc.cases(), self._widget())
        accepted = dialog.exec()
        draft = dialog.draft()
        dialog.deleteLater()
        if not accepted:
            return
        done = self._cmd.run(translate("AcceptanceTab", "New defect"), lambda: self.acc.create_defect(draft))
        if done is not None:
            self.show_message(translate("AcceptanceTab", "Defect {ref} created.").replace("{ref}", done[0].ref))
    def set_defect_status(self, ids: list[int], status: DefectStatus) -> None:
        self._cmd.run(translate("AcceptanceTab", "Change defect status"),
                      lambda: self.acc.set_defect_status(ids, status))

    def set_defect_severity(self, defect_id: int, severity: Severity) -> None:
        self._cmd.run(translate("AcceptanceTab", "Change defect severity"),
                      lambda: self.acc.update_defect(defect_id, {"severity": severity}))

    def set_defect_ticket(self, defect_id: int, ticket: str) -> None:
        self._cmd.run(translate("AcceptanceTab", "Set the vendor ticket"),
                      lambda: self.acc.update_defect(defect_id, {"vendor_ticket": ticket}))

    # ------------------------------------------------------------------ files
    def export_workbook(self) -> Path | None:
        from crmdesk.services.acceptance_import import export_campaign

        cid = self.campaign_id()
        if cid is None:
            return None
        campaign = self.acc.campaign(cid)
        name = self.ask_save_path(translate("AcceptanceTab", "Export the testers' workbook"),
                                  str(self._s.file.path.with_name(f"{campaign.name}.xlsx")),
                                  translate("AcceptanceTab", "Excel workbooks (*.xlsx)"))
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        tx, language, pf = chart_translate(), lang(), self._s.file
        try:
            run_with_progress(self._widget(), translate("AcceptanceTab", "Writing the testers' workbook…"),
                              lambda progress, cancelled: export_campaign(pf, cid, target, tx, language))
        except CrmdeskError as exc:
            self._cmd.show_error(exc)
            return None
        self.show_message(translate("AcceptanceTab", "Workbook written: {path}").replace("{path}", str(target)))
        return target

    def import_results(self) -> None:
        from crmdesk.services.acceptance_import import apply_results, preview_results

        name = self.ask_open_path(translate("AcceptanceTab", "Import the testers' results"),
                                  translate("AcceptanceTab", "Excel workbooks (*.xlsx)"))
        if not name:
            return
        tx, pf = chart_translate(), self._s.file
        try:
            preview = run_with_progress(self._widget(), translate("AcceptanceTab", "Checking the workbook…"),
                                        lambda progress, cancelled: preview_results(pf, name, tx), read_only=True)
        except WorkCancelled:
            return
        except CrmdeskError as exc:
            self._cmd.show_error(exc)
            return
        dialog = ImportPreviewDialog(preview.report_lines(tx), bool(preview.invalid), len(preview.conflicts),
                                     self._widget())
        if not dialog.exec():
            return
        accept = dialog.accept_conflicts.isChecked()
        if self._backup is not None:
            self._backup()
        done = self._cmd.run(translate("AcceptanceTab", "Import the testers' results"),
                             lambda: apply_results(pf, preview, accept, tx))
        if done is not None:
            self.show_message(translate("AcceptanceTab", "{n} attempts imported, {d} defects created.")
                              .replace("{n}", str(done[0].attempts)).replace("{d}", str(done[0].defects_created)))

    def sign_off(self) -> Path | None:
        cid = self.campaign_id()
        if cid is None:
            return None
        campaign = self.acc.campaign(cid)
        tx = chart_translate()
        if campaign.signoff is None:
            dialog = SignoffDialog(self.acc.signoff_report(cid, tx), self._widget())
            if not dialog.exec():
                return None
            decision, reservations = dialog.chosen_decision(), dialog.reservation_lines()
            signatories, day = dialog.chosen_signatories(), dialog.signed_on()
            if self._cmd.run(translate("AcceptanceTab", "Sign off the campaign"), lambda: self.acc.sign_off(
                    cid, decision, reservations, signatories, day)) is None:
                return None
        name = self.ask_save_path(translate("AcceptanceTab", "Save the PV de recette"),
                                  str(self._s.file.path.with_name(f"PV de recette - {campaign.name}.pdf")),
                                  translate("AcceptanceTab", "PDF documents (*.pdf)"))
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        try:
            run_with_progress(self._widget(), translate("AcceptanceTab", "Writing the PV de recette…"),
                              lambda progress, cancelled: self.acc.write_signoff_pdf(cid, target, tx))
        except (CrmdeskError, OSError) as exc:
            if isinstance(exc, CrmdeskError):
                self._cmd.show_error(exc)
            else:
                QMessageBox.warning(self._widget(), translate("AcceptanceTab", "Save the PV de recette"), str(exc))
            return None
        self.show_message(translate("AcceptanceTab", "PV de recette written: {path}").replace("{path}", str(target)))
        return target

