"""The layout of a vendor questionnaire workbook, shared by the writer and the reader.

A questionnaire has three sheets: "Instructions" (project context, how to answer), the answers
sheet "Requirements" (one row per need: locked question columns, unlocked answer columns) and
a very hidden sheet ``_crmdesk`` that identifies the questionnaire (format, project, token,
candidate, version) and lists each question sent with a hash of its title and description.

The reader never relies on positions: it finds the answers sheet by title (in any of our
languages) or by its header row, and the columns by their headers, so a vendor who reordered
columns, sorted rows or added a column still maps. The reference column is the matching key.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.exchange.cells import clean_text

FORMAT_ID = "crmdesk-questionnaire"
FORMAT_VERSION = 1
ID_SHEET = "_crmdesk"  # never translated: the reader looks for it by this name
ID_QUESTIONS_HEADER = "ref"  # the row of the identifier sheet after which questions are listed

CONTEXT = "Questionnaire"

INSTRUCTIONS_SHEET = QT_TRANSLATE_NOOP("Questionnaire", "Instructions")
ANSWERS_SHEET = QT_TRANSLATE_NOOP("Questionnaire", "Requirements")

H_REF = QT_TRANSLATE_NOOP("Questionnaire", "Ref")
H_DOMAIN = QT_TRANSLATE_NOOP("Questionnaire", "Domain")
H_TITLE = QT_TRANSLATE_NOOP("Questionnaire", "Title")
H_DESCRIPTION = QT_TRANSLATE_NOOP("Questionnaire", "Description")
H_PRIORITY = QT_TRANSLATE_NOOP("Questionnaire", "Priority")
H_COVERAGE = QT_TRANSLATE_NOOP("Questionnaire", "Coverage")
H_COMMENT = QT_TRANSLATE_NOOP("Questionnaire", "Comment")
H_EXTRA_COST = QT_TRANSLATE_NOOP("Questionnaire", "Extra cost (€ excl. VAT)")
H_PLANNED_LOT = QT_TRANSLATE_NOOP("Questionnaire", "Planned lot")

# field -> exported header (English source), in column order.
HEADERS: dict[str, str] = {
    "ref": H_REF, "domain": H_DOMAIN, "title": H_TITLE, "description": H_DESCRIPTION,
    "priority": H_PRIORITY, "coverage": H_COVERAGE, "comment": H_COMMENT,
    "extra_cost": H_EXTRA_COST, "planned_lot": H_PLANNED_LOT,
}
QUESTION_FIELDS = ("ref", "domain", "title", "description", "priority")  # locked
ANSWER_FIELDS = ("coverage", "comment", "extra_cost", "planned_lot")  # unlocked

# Headers vendors or other tools write (FR/EN), compared with ``header_key``. Our exported
# headers and their translations are added by the reader.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "ref": ("Ref", "Réf", "Référence", "Reference", "Ref besoin", "Réf. besoin", "ID", "Identifiant",
            "Req ID", "Requirement ID", "N°"),
    "domain": ("Domain", "Domaine", "Domaine fonctionnel", "Functional domain", "Thème", "Section"),
    "title": ("Title", "Titre", "Intitulé", "Besoin", "Need", "Exigence", "Requirement", "Question",
              "Libellé"),
    "description": ("Description", "Détail", "Details", "Précisions"),
    "priority": ("Priority", "Priorité", "Importance", "MoSCoW"),
    "coverage": ("Coverage", "Couverture", "Niveau de couverture", "Réponse", "Answer", "Response",
                 "Conformité", "Compliance", "Couverture fonctionnelle"),
    "comment": ("Comment", "Comments", "Commentaire", "Commentaires", "Remarque", "Remarques",
                "Commentaire du fournisseur", "Vendor comment", "Explication"),
    "extra_cost": ("Extra cost", "Coût supplémentaire", "Cout supplementaire", "Surcoût", "Coût additionnel",
                   "Additional cost", "Coût", "Cost", "Prix", "Montant"),
    "planned_lot": ("Planned lot", "Lot prévu", "Lot", "Lot de livraison", "Release", "Phase", "Version prévue"),
}

# Titles of the answers sheet we recognise besides our translated one.
ANSWERS_SHEET_ALIASES = ("Requirements", "Exigences", "Besoins", "Needs", "Questionnaire", "Réponses",
                         "Answers")

_PARENS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def normalise(text: str) -> str:
    """Lower case, no accents, punctuation as single spaces: 'Réf.' -> 'ref'."""
    text = unicodedata.normalize("NFKD", str(text).replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def header_key(header: str) -> str:
    """A header compared without what is in brackets, stars, case or accents."""
    return normalise(_PARENS_RE.sub(" ", header or "").replace("*", " "))


def text_hash(text: str) -> str:
    """A short, stable fingerprint of a question's text. Whitespace is collapsed, so that the
    line-break normalisations of spreadsheet programs do not count as a change."""
    canonical = " ".join(clean_text(str(text or "")).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def same_text(a: str, b: str) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())
