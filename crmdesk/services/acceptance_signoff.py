"""The sign-off of a campaign (the "PV de recette"): recording the decision, and gathering what
the PV shows (``signoff_report``), recorded or not yet: a PV is often printed before the
meeting, decided and signed by hand, then the decision is recorded here.

A mixin of ``AcceptanceService``. Signing off closes the campaign (in the same transaction).
One sign-off per campaign: a refused campaign is followed by a new one after corrections.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.acceptance import Decision, Signatory, SignoffRead, Translate
from crmdesk.domain.acceptance_rules import proposed_decision
from crmdesk.domain.acceptance_signoff import (
    SignoffReport,
    check_decision,
    reservation_lines,
    sorted_defects,
)
from crmdesk.domain.acceptance_values import (
    clean_decision,
    clean_reservations,
    clean_signatories,
    signatories_text,
)
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import Role
from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.services.acceptance_campaigns import campaign_status, close_in
from crmdesk.services.acceptance_coverage import go_no_go
from crmdesk.services.acceptance_queries import (
    campaign_defect_ids,
    defect_t,
    person_t,
    project_identity,
    read_campaign,
    read_defects,
    read_signoffs,
    signoff_t,
)
from crmdesk.services.sprint_history import stamp


def open_defects_of(conn: Connection, campaign_id: int):  # type: ignore[no-untyped-def]
    ids = campaign_defect_ids(conn, campaign_id)
    return [d for d in read_defects(conn, defect_t.c.id.in_(list(ids))) if d.is_open] if ids else []


def default_signatories(conn: Connection, campaign_id: int) -> tuple[Signatory, ...]:
    """The pilot and the campaign's testers; the vendor's block is left for a name by hand."""
    pilots = [Signatory(n, Role.PILOT) for (n,) in conn.execute(
        select(person_t.c.name).where(person_t.c.role == Role.PILOT).order_by(person_t.c.id))]
    testers = [Signatory(n, Role.KEY_USER) for n in read_campaign(conn, campaign_id).tester_names]
    return tuple(pilots + testers)


def build_report(conn: Connection, campaign_id: int, translate: Translate | None, today: date) -> SignoffReport:
    campaign = read_campaign(conn, campaign_id)
    project, organisation = project_identity(conn)
    result = go_no_go(conn, campaign_id)
    defects = tuple(sorted_defects(open_defects_of(conn, campaign_id)))
    signed = campaign.signoff
    return SignoffReport(
        project_name=project, organisation=organisation, campaign=campaign, counts=campaign.counts, go_no_go=result,
        open_defects=defects,
        reservations=signed.reservations if signed else reservation_lines(defects, translate),
        decision=signed.decision if signed else None, proposed=proposed_decision(result),
        signatories=signed.signatories if signed and signed.signatories else default_signatories(conn, campaign_id),
        signed_on=signed.signed_on if signed else None, generated_on=today)


class SignoffWrites:
    _pf: ProjectFile
    _translate: Translate | None

    def sign_off(self, campaign_id: int, decision: Decision | str, reservations: Sequence[str] | None = None,
                 signatories: Sequence[Signatory | tuple[str, object]] = (), signed_on: date | None = None,
                 at: datetime | None = None) -> tuple[SignoffRead, Changes]:
        """Record the decision closing the campaign. ``reservations`` None: the open defects
        (for an acceptance with reservations or a refusal); signatories default to the pilot
        and the testers. Refused when the campaign was already signed off."""
        chosen = clean_decision(decision)
        people = clean_signatories(signatories)
        day = signed_on or date.today()
        with self._pf.transaction() as tx:
            conn = tx.conn
            name, _ = campaign_status(conn, campaign_id)
            if conn.execute(select(signoff_t.c.id).where(signoff_t.c.campaign_id == campaign_id)).first():
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "The campaign \"{name}\" was already signed off."), name=name)
            if reservations is None:
                lines = () if chosen is Decision.ACCEPTED else reservation_lines(
                    sorted_defects(open_defects_of(conn, campaign_id)), self._translate)
            else:
                lines = clean_reservations(reservations)
            check_decision(chosen, lines)
            people = people or default_signatories(conn, campaign_id)
            signoff_id = int(conn.execute(signoff_t.insert().values(
                campaign_id=campaign_id, decision=str(chosen), reservations="\n".join(lines),
                signatories=signatories_text(people), signed_on=day.isoformat(),
                created_at=stamp(at))).inserted_primary_key[0])
            close_in(conn, campaign_id, day)
        with self._pf.reading() as conn:
            signed = read_signoffs(conn, campaign_id)[campaign_id]
        return signed, Changes.of(EntityKind.SIGNOFF, EntityKind.CAMPAIGN, ids={campaign_id, signoff_id},
                                  step=tx.step)
