"""What the hostile-file tests, the fuzz target and ``fuzz_long.py`` share: the three importers
called the way the app calls them, the check of a refusal's sentence, and the project and
valid files (seeds) they run against."""

from __future__ import annotations

import hashlib
import re
import shutil
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_DIR = HERE / "corpus"
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

IMPORTERS = ("needs", "answers", "results")
CANDIDATE = "Opaline CRM"  # the demo candidate the seed questionnaire is sent to
CAMPAIGN = "Recette en pré-production – Lot 1"  # the demo's running campaign
TIME_BUDGET = 10.0  # seconds for one preview of one file; measured: under 0.5 s here (see README)
MEMORY_BUDGET_MB = 400  # peak resident memory of a process previewing the large files


@dataclass(frozen=True)
class Seeds:
    """A demo project that sent a questionnaire, and valid files for each importer."""

    project: Path
    candidate_id: int
    files: dict[str, Path]  # seed name -> a file the importer of that name reads

    IMPORTER_OF = {"needs.xlsx": "needs", "needs.csv": "needs", "questionnaire.xlsx": "answers",
                   "testers.xlsx": "results"}


def english(_context: str, text: str) -> str:
    return text


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------------------ importers
def preview(importer: str, pf: object, path: Path, candidate_id: int | None) -> int:
    """Run ``importer``'s preview (what the app and the CLI call first) on ``path``; the
    number of data rows it read. Raises ``ImportRejected`` for a refused file."""
    if importer == "needs":
        from crmdesk.services.container import ProjectServices
        from crmdesk.services.exchange import preview_needs_import

        return len(preview_needs_import(ProjectServices.over(pf), path).table.rows)  # type: ignore[arg-type]
    if importer == "answers":
        from crmdesk.services.questionnaires_import import preview_answers

        return preview_answers(pf, path, candidate_id).parsed.rows_read  # type: ignore[arg-type]
    if importer == "results":
        from crmdesk.services.acceptance_import import preview_results

        return preview_results(pf, path).rows_read  # type: ignore[arg-type]
    raise ValueError(importer)


# ------------------------------------------------------------------------------- messages
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_TECHNICAL = re.compile(r"Traceback|<class|<built-in|\b[A-Z]\w*(?:Error|Exception|Warning)\b|BadZipFile|"
                        r"EntitiesForbidden|DTDForbidden|\bopenpyxl\b|\bzipfile\b|\berrno\b|0x[0-9a-f]{6,}|"
                        r"File \"|line \d+, in")


def sentence_problems(message: str, file_name: str | None = None) -> list[str]:
    """What keeps ``message`` from being the one readable sentence a user must see."""
    problems = []
    if not message.strip():
        problems.append("empty")
    if "\n" in message or "\r" in message:
        problems.append("more than one line")
    if len(message) > 400:
        problems.append(f"{len(message)} characters long")
    if found := _TECHNICAL.search(message):
        problems.append(f"technical text {found.group()!r}")
    if "{" in message or "}" in message:
        problems.append("a placeholder left unformatted")
    ends = _SENTENCE_END.findall(message)
    if len(ends) != 1 or not message.rstrip().endswith((".", "!", "?")):
        problems.append(f"{len(ends)} sentence ends")
    if file_name is not None and file_name not in message:
        problems.append("does not name the file")
    return problems


def untranslated(template: str, context: str = "Errors") -> bool:
    """Whether the French catalogue lacks ``template`` (the user would see English)."""
    from crmdesk.i18n import translator

    return translator("fr")(context, template) == template


# ---------------------------------------------------------------------------------- seeds
def prepare_seeds(base: Path, demo: Path | None = None) -> Seeds:
    """Under ``base``: a copy of ``demo`` (a new demo project when None) that sent a
    questionnaire to ``CANDIDATE``, that questionnaire filled in, the testers' workbook of
    ``CAMPAIGN`` with a result, and a needs workbook and CSV. The project is closed."""
    import openpyxl

    from crmdesk.paths import AppPaths
    from crmdesk.services.acceptance import AcceptanceService
    from crmdesk.services.acceptance_import import export_campaign
    from crmdesk.services.questionnaires import find_candidate, send_questionnaire
    from crmdesk.services.workspace import Workspace

    base.mkdir(parents=True, exist_ok=True)
    workspace = Workspace(AppPaths.under(base / "home").ensure())
    project = base / "seed.crmdesk"
    if demo is None:
        from crmdesk.services.demo import create_demo

        workspace.close(create_demo(workspace, project))
    else:
        shutil.copyfile(demo, project)
    files = {name: base / name for name in Seeds.IMPORTER_OF}
    pf = workspace.open(project)
    try:
        candidate_id = find_candidate(pf, CANDIDATE)
        sent = base / "sent.xlsx"
        send_questionnaire(pf, candidate_id, sent, english, lang="en")
        campaign = AcceptanceService(pf).campaign_named(CAMPAIGN)
        export_campaign(pf, campaign.id, files["testers.xlsx"], english, "en")
    finally:
        workspace.close(pf)

    wb = openpyxl.load_workbook(sent)
    ws = wb["Requirements"]
    for row, values in ((2, ("out of the box", "Natif", 0, "Lot 1")), (3, ("configuration", "", "1 500 €", "")),
                        (4, ("not covered", "Pas prévu", None, ""))):
        for col, value in zip((6, 7, 8, 9), values, strict=True):
            ws.cell(row, col).value = value
    wb.save(files["questionnaire.xlsx"])
    sent.unlink()

    wb = openpyxl.load_workbook(files["testers.xlsx"])
    ws = wb.worksheets[1]
    headers = {c.value: c.column for c in ws[1]}
    ws.cell(2, headers["Result"]).value = "passed"
    ws.cell(2, headers["Date"]).value = date(2026, 1, 15)
    wb.save(files["testers.xlsx"])

    rows = [["Réf", "Titre", "Domaine", "Priorité", "Statut", "Description"],
            ["BES-001", "Fiche compte unique et partagée", "", "impératif", "", ""],
            ["", "Importer les contacts depuis Outlook", "Ventes / Contacts", "souhaité", "brouillon",
             "Synchroniser les contacts\navec le carnet d'adresses"],
            ["", "=HYPERLINK(\"x\")", "", "optionnel", "", "texte ; avec \"guillemets\""]]
    wb = openpyxl.Workbook()
    wb.active.title = "Besoins"
    for row in rows:
        wb.active.append(row)
    wb.save(files["needs.xlsx"])
    with files["needs.csv"].open("w", encoding="utf-8-sig", newline="") as out:
        import csv

        csv.writer(out, delimiter=";").writerows(rows)
    return Seeds(project, candidate_id, files)


