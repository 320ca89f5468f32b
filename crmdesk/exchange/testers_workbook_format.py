"""The layout of a testers' workbook (a campaign to run without the app), shared by the writer
and the reader.

Three sheets: "Instructions" (the campaign, how to fill in, the meaning of each result), the
results sheet "Test cases" (per case: one case row whose Step cell is empty and which carries
the result of the whole case, then one row per step; locked instruction columns, unlocked
answer columns) and a very hidden sheet ``_crmdesk`` naming the project and campaign and
listing each case with its campaign-case id and how many attempts it had at export (to tell a
result recorded in the app since then: a conflict).

The reader never relies on positions: the sheet is found by title or by its header row, the
columns by their headers (any of our languages, or the words testers use), rows are matched by
case reference and step number, so a tester who sorted or filtered rows still maps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crmdesk.domain.acceptance import Result
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.exchange.questionnaire_format import header_key, normalise

FORMAT_ID = "crmdesk-testers-workbook"
FORMAT_VERSION = 1
ID_SHEET = "_crmdesk"  # never translated: the reader looks for it by this name
ID_CASES_HEADER = "case"  # the row of the identifier sheet after which cases are listed

CONTEXT = "TestersWorkbook"
REPORT = "TestersReport"

INSTRUCTIONS_SHEET = QT_TRANSLATE_NOOP("TestersWorkbook", "Instructions")
RESULTS_SHEET = QT_TRANSLATE_NOOP("TestersWorkbook", "Test cases")

HEADERS: dict[str, str] = {
    "ref": QT_TRANSLATE_NOOP("TestersWorkbook", "Ref"),
    "title": QT_TRANSLATE_NOOP("TestersWorkbook", "Test case"),
    "preconditions": QT_TRANSLATE_NOOP("TestersWorkbook", "Preconditions"),
    "step": QT_TRANSLATE_NOOP("TestersWorkbook", "Step"),
    "action": QT_TRANSLATE_NOOP("TestersWorkbook", "Action"),
    "expected": QT_TRANSLATE_NOOP("TestersWorkbook", "Expected result"),
    "result": QT_TRANSLATE_NOOP("TestersWorkbook", "Result"),
    "actual": QT_TRANSLATE_NOOP("TestersWorkbook", "Actual result"),
    "comment": QT_TRANSLATE_NOOP("TestersWorkbook", "Comment"),
    "tester": QT_TRANSLATE_NOOP("TestersWorkbook", "Tester"),
    "date": QT_TRANSLATE_NOOP("TestersWorkbook", "Date"),
}
LOCKED_FIELDS = ("ref", "title", "preconditions", "step", "action", "expected")
ANSWER_FIELDS = ("result", "actual", "comment", "tester", "date")
REQUIRED_FIELDS = ("ref", "step", "result")

# Headers testers or other tools write (FR/EN), compared with ``header_key``; our own headers
# and their translations are added by the reader.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "ref": ("Ref", "Réf", "Référence", "Reference", "Cas", "Réf. cas", "ID", "Test ID", "N° cas"),
    "title": ("Title", "Titre", "Intitulé", "Cas de test", "Test case", "Libellé"),
    "preconditions": ("Preconditions", "Préconditions", "Prérequis", "Pré-requis", "Prerequisites"),
    "step": ("Step", "Étape", "Etape", "N° étape", "Step no", "Pas"),
    "action": ("Action", "Actions", "Description de l'étape", "Step action"),
    "expected": ("Expected result", "Résultat attendu", "Attendu", "Expected"),
    "result": ("Result", "Résultat", "Statut", "Status", "Verdict", "Résultat obtenu OK/KO", "OK/KO"),
    "actual": ("Actual result", "Résultat obtenu", "Résultat constaté", "Constat", "Obtenu", "Actual"),
    "comment": ("Comment", "Comments", "Commentaire", "Commentaires", "Remarque", "Remarques", "Observations"),
    "tester": ("Tester", "Testeur", "Testeuse", "Testé par", "Tested by", "Utilisateur clé", "Key user"),
    "date": ("Date", "Date du test", "Date d'exécution", "Executed on", "Test date", "Le"),
}

# Values testers write, normalised; our labels in every language are added by the reader.
RESULT_SYNONYMS: dict[str, Result] = {
    **{normalise(w): Result.PASSED for w in ("OK", "passed", "pass", "réussi", "conforme", "validé", "valide",
                                             "succès", "success", "vert")},
    **{normalise(w): Result.FAILED for w in ("KO", "NOK", "failed", "fail", "échec", "échoué", "non conforme",
                                             "rouge", "anomalie")},
    **{normalise(w): Result.BLOCKED for w in ("bloqué", "bloquée", "blocked", "block", "impossible",
                                             "non testable")},
    **{normalise(w): Result.NOT_RUN for w in ("non passé", "not run", "NP", "N/A", "NA", "non testé",
                                             "à faire", "todo", "not tested", "non exécuté")},
}

RESULTS_SHEET_ALIASES = ("Test cases", "Cas de test", "Tests", "Campagne", "Campaign", "Résultats", "Results",
                         "Exécution", "Execution")

CASE_ROW_ACTION = QT_TRANSLATE_NOOP("TestersWorkbook", "Result of the whole case")
NEEDS_LABEL = QT_TRANSLATE_NOOP("TestersWorkbook", "Needs verified: {refs}")


@dataclass(frozen=True)
class Note:
    """One line of the import report: an English template (context "TestersReport") and its
    parameters, translated when shown."""

    template: str
    params: dict[str, object] = field(default_factory=dict)
    row: int | None = None

    def text(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        base = translate(REPORT, self.template) if translate else self.template
        out = base
        for key, value in self.params.items():
            out = out.replace("{" + key + "}", str(value))
        return out


def result_key(text: str) -> str:
    return normalise(text)


__all__ = [
    "ANSWER_FIELDS",
    "CONTEXT",
    "FORMAT_ID",
    "FORMAT_VERSION",
    "HEADERS",
    "HEADER_ALIASES",
    "ID_SHEET",
    "LOCKED_FIELDS",
    "REPORT",
    "RESULT_SYNONYMS",
    "Note",
    "header_key",
    "normalise",
    "result_key",
]
