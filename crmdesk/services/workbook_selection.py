"""The selection sheets of the project workbook: candidates with their costs and TCO, criteria
with weights and shares, the matrix of cell values with totals and ranks, and the ranking.

Values are written as numbers (never formulas), rounded as the window shows them; the cost
mark's working is spelled out in words beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.selection import (
    CANDIDATE_KIND_LABELS,
    CANDIDATE_STATUS_LABELS,
    CRITERION_KIND_LABELS,
    CriterionKind,
)
from crmdesk.domain.selection_matrix import SelectionMatrix
from crmdesk.domain.selection_results import Ranking, status_text
from crmdesk.domain.selection_scoring import display_percentages
from crmdesk.exchange.workbook import ColumnSpec, SheetSpec
from crmdesk.i18n import Translate

if TYPE_CHECKING:
    from crmdesk.services.container import ProjectServices

CONTEXT = "Export"

CANDIDATES_SHEET = QT_TRANSLATE_NOOP("Export", "Candidates")
CRITERIA_SHEET = QT_TRANSLATE_NOOP("Export", "Criteria")
MATRIX_SHEET = QT_TRANSLATE_NOOP("Export", "Scoring matrix")
RANKING_SHEET = QT_TRANSLATE_NOOP("Export", "Ranking")

H_CANDIDATE = QT_TRANSLATE_NOOP("Export", "Candidate")
H_KIND = QT_TRANSLATE_NOOP("Export", "Kind")
H_STATUS = QT_TRANSLATE_NOOP("Export", "Status")
H_REASON = QT_TRANSLATE_NOOP("Export", "Reason for elimination")
H_CONTACTS = QT_TRANSLATE_NOOP("Export", "Contacts")
H_SETUP = QT_TRANSLATE_NOOP("Export", "Set-up (€)")
H_MIGRATION = QT_TRANSLATE_NOOP("Export", "Data migration (€)")
H_TRAINING = QT_TRANSLATE_NOOP("Export", "Training (€)")
H_ONE_OFF = QT_TRANSLATE_NOOP("Export", "One-off total (€)")
H_LICENCE = QT_TRANSLATE_NOOP("Export", "Licence per user per month (€)")
H_HOSTING = QT_TRANSLATE_NOOP("Export", "Hosting per year (€)")
H_SUPPORT = QT_TRANSLATE_NOOP("Export", "Support per year (€)")
H_RECURRING = QT_TRANSLATE_NOOP("Export", "Recurring per year (€)")
H_TCO = QT_TRANSLATE_NOOP("Export", "TCO (€)")
H_COST_MARK = QT_TRANSLATE_NOOP("Export", "Cost mark (0-5)")
H_COST_WORKING = QT_TRANSLATE_NOOP("Export", "How the cost mark is found")
H_NOTES = QT_TRANSLATE_NOOP("Export", "Notes")

H_GROUP = QT_TRANSLATE_NOOP("Export", "Group")
H_GROUP_WEIGHT = QT_TRANSLATE_NOOP("Export", "Group weight")
H_GROUP_SHARE = QT_TRANSLATE_NOOP("Export", "Group share (%)")
H_CRITERION = QT_TRANSLATE_NOOP("Export", "Criterion")
H_NEED = QT_TRANSLATE_NOOP("Export", "Need")
H_DOMAIN = QT_TRANSLATE_NOOP("Export", "Domain")
H_CRITERION_KIND = QT_TRANSLATE_NOOP("Export", "Kind of criterion")
H_WEIGHT = QT_TRANSLATE_NOOP("Export", "Weight")
H_SHARE = QT_TRANSLATE_NOOP("Export", "Share (%)")
H_KNOCKOUT = QT_TRANSLATE_NOOP("Export", "Knock-out below")
H_DESCRIPTION = QT_TRANSLATE_NOOP("Export", "Description")

R_WEIGHTED = QT_TRANSLATE_NOOP("Export", "Weighted score (%)")
R_RANK = QT_TRANSLATE_NOOP("Export", "Rank")
H_SCORE = QT_TRANSLATE_NOOP("Export", "Weighted score (%)")
H_MISSING = QT_TRANSLATE_NOOP("Export", "Cells without a score")
H_GROUP_POINTS = QT_TRANSLATE_NOOP("Export", "{group} (points)")


def sheets(services: ProjectServices, translate: Translate) -> list[SheetSpec]:
    """Read the selection data (on the caller's thread) and describe its sheets."""
    from crmdesk.services.selection import SelectionService

    matrix = SelectionService(services.file).matrix()
    if not matrix.candidates and not matrix.criteria:
        return []  # a project that has not started its selection gets no empty sheets
    ranking = matrix.ranking()
    return selection_sheets(matrix, ranking, translate)


def selection_sheets(matrix: SelectionMatrix, ranking: Ranking, translate: Translate) -> list[SheetSpec]:
    def tx(text: str) -> str:
        return translate(CONTEXT, text)

    return [_candidates(matrix, tx, translate), _criteria(matrix, tx, translate),
            _matrix(matrix, ranking, tx, translate), _ranking(ranking, tx, translate)]


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _candidates(matrix: SelectionMatrix, tx, translate: Translate) -> SheetSpec:  # type: ignore[no-untyped-def]
    users = matrix.settings.user_count
    has_cost = any(k.kind is CriterionKind.COST for k in matrix.criteria)
    headers = [(H_CANDIDATE, 28), (H_KIND, 18), (H_STATUS, 14), (H_REASON, 40), (H_CONTACTS, 24),
               (H_SETUP, 12), (H_MIGRATION, 14), (H_TRAINING, 12), (H_ONE_OFF, 14), (H_LICENCE, 16),
               (H_HOSTING, 14), (H_SUPPORT, 14), (H_RECURRING, 15), (H_TCO, 14)]
    if has_cost:
        headers += [(H_COST_MARK, 12), (H_COST_WORKING, 60)]
    headers.append((H_NOTES, 50))
    wrapped = {H_REASON, H_COST_WORKING, H_NOTES}
    columns = [ColumnSpec(tx(h), w, wrap=h in wrapped) for h, w in headers]
    rows = []
    for c in matrix.candidates:
        costs = c.costs
        row: list[object] = [
            c.name, translate("CandidateKind", CANDIDATE_KIND_LABELS[c.kind]),
            translate("CandidateStatus", CANDIDATE_STATUS_LABELS[c.status]), c.elimination_reason,
            ", ".join(c.contact_names), costs.setup, costs.migration, costs.training, costs.one_off,
            costs.licence_per_user_month, costs.hosting_per_year, costs.support_per_year,
            costs.recurring_per_year(users), round(c.tco, 2)]
        if has_cost:
            working = matrix.cost_working(c.id)
            row += [_round(working.mark), working.text(translate)]
        row.append(c.notes)
        rows.append(row)
    return SheetSpec(tx(CANDIDATES_SHEET), columns, rows)


def _criteria(matrix: SelectionMatrix, tx, translate: Translate) -> SheetSpec:  # type: ignore[no-untyped-def]
    g_share, c_share = matrix.shares()
    group_shown = dict(zip((g.id for g in matrix.groups), display_percentages(list(g_share)), strict=True))
    crit_shown = display_percentages(list(c_share))
    columns = [ColumnSpec(tx(H_GROUP), 24), ColumnSpec(tx(H_GROUP_WEIGHT), 12), ColumnSpec(tx(H_GROUP_SHARE), 12),
               ColumnSpec(tx(H_CRITERION), 50, wrap=True), ColumnSpec(tx(H_NEED), 10), ColumnSpec(tx(H_DOMAIN), 24),
               ColumnSpec(tx(H_CRITERION_KIND), 18), ColumnSpec(tx(H_WEIGHT), 10), ColumnSpec(tx(H_SHARE), 10),
               ColumnSpec(tx(H_KNOCKOUT), 12), ColumnSpec(tx(H_DESCRIPTION), 50, wrap=True)]
    by_id = {g.id: g for g in matrix.groups}
    rows = []
    for k, shown in zip(matrix.criteria, crit_shown, strict=True):
        group = by_id[k.group_id]
        rows.append([
            group.name, group.weight, group_shown[group.id], k.name, k.need_ref, k.domain_name,
            translate("CriterionKind", CRITERION_KIND_LABELS[k.kind]), k.weight, shown,
            k.knockout_threshold if k.knockout else None, k.description])
    return SheetSpec(tx(CRITERIA_SHEET), columns, rows)


def _matrix(matrix: SelectionMatrix, ranking: Ranking, tx,  # type: ignore[no-untyped-def]
            translate: Translate) -> SheetSpec:
    """Criteria in rows, candidates in columns, then the weighted totals, the ranks and the status."""
    c_share = display_percentages(list(matrix.shares()[1]))
    columns = [ColumnSpec(tx(H_GROUP), 22), ColumnSpec(tx(H_CRITERION), 50, wrap=True),
               ColumnSpec(tx(H_SHARE), 10)]
    columns += [ColumnSpec(c.name, 16, wrap=True) for c in matrix.candidates]
    rows: list[list[object]] = []
    for j, k in enumerate(matrix.criteria):
        rows.append([k.group_name, k.label, c_share[j]]
                    + [_round(matrix.value(c.id, k.id)) for c in matrix.candidates])
    by_candidate = {r.candidate.id: r for r in ranking.rows}
    rows.append([tx(R_WEIGHTED), "", round(sum(c_share), 1)]
                + [round(by_candidate[c.id].score, 1) for c in matrix.candidates])
    rows.append([tx(R_RANK), "", None] + [by_candidate[c.id].rank for c in matrix.candidates])
    rows.append([tx(H_STATUS), "", None] + [status_text(by_candidate[c.id], translate) for c in matrix.candidates])
    return SheetSpec(tx(MATRIX_SHEET), columns, rows)


def _ranking(ranking: Ranking, tx, translate: Translate) -> SheetSpec:  # type: ignore[no-untyped-def]
    template = tx(H_GROUP_POINTS)
    columns = [ColumnSpec(tx(R_RANK), 8), ColumnSpec(tx(H_CANDIDATE), 28), ColumnSpec(tx(H_SCORE), 14)]
    columns += [ColumnSpec(template.format(group=g.name), 16, wrap=True) for g in ranking.groups]
    columns += [ColumnSpec(tx(H_TCO), 14), ColumnSpec(tx(H_STATUS), 50, wrap=True), ColumnSpec(tx(H_MISSING), 12)]
    rows = []
    for r in ranking.rows:
        rows.append([r.rank, r.candidate.name, round(r.score, 1)]
                    + [round(v, 1) for v in r.group_contributions]
                    + [round(r.tco, 2), status_text(r, translate), len(r.missing)])
    return SheetSpec(tx(RANKING_SHEET), columns, rows)
