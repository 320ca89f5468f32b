"""The PV de recette as a PDF, read back with pypdf: project, campaign, results, go/no-go,
each reservation, the decision box, signatures, accents, French, page numbers and count; a
failed write leaves nothing behind."""

from __future__ import annotations

from datetime import date

import pytest
from acceptance_project import at, build  # type: ignore[import-not-found]
from pypdf import PdfReader

from crmdesk.domain.acceptance import Signatory
from crmdesk.domain.acceptance_values import DefectDraft
from crmdesk.domain.enums import Role
from crmdesk.domain.errors import ExportFailed

FRENCH = {
    ("Signoff", "Acceptance sign-off report"): "Procès-verbal de recette",
    ("Signoff", "Reservations"): "Réserves",
    ("Signoff", "Page {page} of {pages}"): "Page {page} sur {pages}",
    ("Decision", "accepted with reservations"): "acceptée avec réserves",
    ("Severity", "major"): "majeure",
    ("Signoff", "{ref} ({severity}): {title}"): "{ref} ({severity}) : {title}",
}


def french(context: str, text: str) -> str:
    return FRENCH.get((context, text), text)


def pdf_text(path) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def campaign(services):  # type: ignore[no-untyped-def]
    services.project.update({"name": "Projet CRM « Cap Client »", "organisation": "Vernadel Équipements"})
    project = build(services)
    acc = project.acceptance
    campaign_id = project.campaign("Recette en pré-production – lot 1")
    acc.add_scope(campaign_id, lot_id=project.lot_id)
    first, second = acc.campaign_cases(campaign_id)
    acc.record_execution(first.id, "passed", [(1, "passed"), (2, "passed")], at=at(1))
    outcome, _ = acc.record_execution(second.id, "failed", [(1, "failed", "Aucune alerte")], at=at(1))
    acc.update_defect(outcome.defect.id, {"title": "Échéance erronée à 16 h, doublon créé", "vendor_ticket": "SUP-42"})
    return project, campaign_id


def test_an_unsigned_pv_to_decide_at_the_meeting(campaign, tmp_path):
    project, campaign_id = campaign
    out = project.acceptance.write_signoff_pdf(campaign_id, tmp_path / "pv.pdf", today=date(2026, 9, 18))
    pages, text = pdf_text(out)
    assert pages >= 1 and f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    for expected in ("Acceptance sign-off report", "Projet CRM « Cap Client »", "Vernadel Équipements",
                     "Recette en pré-production – lot 1", "Lot 1 – Socle", "18/09/2026", "Julien Perrin",
                     "Mandatory needs passed", "50 % (1 of 2)", "Overall: no-go", "BES-001", "Fiche compte unique",
                     "Alerte doublon",
                     "1. ANO-001 (major): Échéance erronée à 16 h, doublon créé [vendor ticket SUP-42]",
                     "The figures above suggest: refused.", "For the project (pilot)", "Claire Dumoulin",
                     "For the vendor"):
        assert expected in " ".join(text.split()), expected
    assert "☐ accepted with reservations" in text and "☒" not in text


def test_a_signed_pv_in_french_over_several_pages(campaign, tmp_path):
    project, campaign_id = campaign
    acc = project.acceptance
    for n in range(45):  # open defects linked to the campaign's case: as many reservations
        acc.create_defect(DefectDraft(title=f"Écart n° {n + 2} sur la fiche « Société Générale des Eaux »",
                                      severity="minor", test_case_id=project.cases["CT-001"]))
    acc.sign_off(campaign_id, "accepted_with_reservations",
                 signatories=[Signatory("Claire Dumoulin", Role.PILOT), Signatory("Sandrine Lefort", Role.KEY_USER),
                              Signatory("Mathieu Lenoir", Role.VENDOR_CONTACT)], signed_on=date(2026, 9, 18))
    out = acc.write_signoff_pdf(campaign_id, tmp_path / "pv-signé.pdf", translate=french)
    pages, text = pdf_text(out)
    flat = " ".join(text.split())
    assert pages >= 3 and f"Page {pages} sur {pages}" in flat
    assert "Procès-verbal de recette" in flat and "Réserves" in flat
    assert "☒ acceptée avec réserves" in flat and "Decided on 18/09/2026." in flat
    # The reservations are those signed, as they were written then (most severe first).
    assert "1. ANO-001 (major): Échéance erronée à 16 h, doublon créé" in flat and "46. ANO-046 (minor)" in flat
    assert flat.count("Écart n°") == 45 and "Mathieu Lenoir" in flat and "Sandrine Lefort" in flat


def test_a_failed_write_leaves_nothing(campaign, tmp_path):
    project, campaign_id = campaign
    with pytest.raises(ExportFailed, match="does not exist"):
        project.acceptance.write_signoff_pdf(campaign_id, tmp_path / "absent" / "pv.pdf")
    folder = tmp_path / "out"
    (folder / "pv.pdf").mkdir(parents=True)
    with pytest.raises(ExportFailed, match="is a folder"):
        project.acceptance.write_signoff_pdf(campaign_id, folder / "pv.pdf")
    assert [p.name for p in folder.iterdir()] == ["pv.pdf"]
    out = project.acceptance.write_signoff_pdf(campaign_id, folder / "pv2.pdf")
    assert sorted(p.name for p in folder.iterdir()) == ["pv.pdf", "pv2.pdf"] and out.read_bytes()[:5] == b"%PDF-"
