"""What the PV de recette (acceptance sign-off report) says, as one frozen object the PDF
writer lays out without knowing the file, and the pure rules of the sign-off: the default
reservations (the open defects) and the consistency of a decision with its reservations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from crmdesk.domain.acceptance import (
    CampaignRead,
    Decision,
    DefectRead,
    ResultCounts,
    Signatory,
    Translate,
    label,
)
from crmdesk.domain.acceptance_rules import SEVERITY_ORDER, GoNoGo, NeedCoverage
from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

RESERVATION = QT_TRANSLATE_NOOP("Signoff", "{ref} ({severity}): {title}")
VENDOR_TICKET = QT_TRANSLATE_NOOP("Signoff", "vendor ticket {ticket}")


@dataclass(frozen=True)
class SignoffReport:
    project_name: str
    organisation: str
    campaign: CampaignRead
    counts: ResultCounts
    go_no_go: GoNoGo
    open_defects: tuple[DefectRead, ...]
    reservations: tuple[str, ...]
    decision: Decision | None  # recorded; None: the PV is printed to be decided and signed by hand
    proposed: Decision  # what the figures suggest
    signatories: tuple[Signatory, ...]
    signed_on: date | None
    generated_on: date

    @property
    def mandatory(self) -> tuple[NeedCoverage, ...]:
        return self.go_no_go.mandatory


def sorted_defects(defects: Sequence[DefectRead]) -> list[DefectRead]:
    """Most severe first, then by reference."""
    rank = {s: i for i, s in enumerate(SEVERITY_ORDER)}
    return sorted(defects, key=lambda d: (rank[d.severity], d.ref))


def reservation_lines(open_defects: Sequence[DefectRead], translate: Translate | None = None) -> tuple[str, ...]:
    """One reservation per open defect, most severe first: ``ANO-012 (major): title``, with
    the vendor's ticket when there is one."""
    def tr(text: str) -> str:
        return translate("Signoff", text) if translate else text

    out = []
    for d in sorted_defects(open_defects):
        line = tr(RESERVATION).replace("{ref}", d.ref).replace("{severity}", label(d.severity, translate)).replace(
            "{title}", d.title)
        if d.vendor_ticket:
            line += " [" + tr(VENDOR_TICKET).replace("{ticket}", d.vendor_ticket) + "]"
        out.append(line)
    return tuple(out)


def check_decision(decision: Decision, reservations: Sequence[str]) -> None:
    """Accepted means without reservations; accepted with reservations needs at least one."""
    if decision is Decision.ACCEPTED and reservations:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "An acceptance without reservations cannot list reservations: choose \"accepted with "
            "reservations\" or remove them."))
    if decision is Decision.ACCEPTED_WITH_RESERVATIONS and not reservations:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "An acceptance with reservations needs at least one reservation."))
