"""Turning a read table into needs to create or update, with a per-row report.

Nothing here touches the database: the service resolves or creates the domains named by
``domain_path`` and applies every row in one transaction.

Rules:
* A row with an empty reference creates a need; a known reference updates it. An unknown
  reference, or one given twice, rejects the row.
* On creation the title is required; an empty priority means "desired" and an empty status
  "draft". On update, every mapped column is applied as it is (an empty cell clears the
  field), except the title, the priority and the status, which stay unchanged when empty.
* Priorities and statuses are recognised by code, English label or French label, ignoring
  case and accents. Dates: ISO (2025-12-31), French (31/12/2025, 31/12/25) or Excel dates.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.errors import ImportRejected, ValidationFailed
from crmdesk.domain.labels import NEED_STATUS_LABELS, PRIORITY_LABELS
from crmdesk.domain.needs import (
    NEED_REF_PREFIX,
    clean_need_values,
    format_ref,
    parse_ref,
)
from crmdesk.exchange import project_export as px
from crmdesk.exchange.tabular import Table
from crmdesk.i18n import Translate, translator
from crmdesk.domain.marks import QT_TRANSLATE_NOOP




# Import field -> recognised headers (compared without case, accents or punctuation). The
# export headers of ``project_export`` are added in English and in French at run time.
NEED_IMPORT_FIELDS: dict[str, tuple[str, ...]] = {
    "ref": ("Ref", "Réf", "Référence", "Reference", "ID", "Identifiant", "Réf besoin", "Référence besoin"),
    "title": ("Title", "Titre", "Intitulé", "Besoin", "Libellé", "Need"),
    "domain": ("Domain", "Domaine", "Domaine fonctionnel", "Sous-domaine", "Functional domain"),
    "priority": ("Priority", "Priorité", "Importance"),
    "status": ("Status", "Statut", "État", "Etat"),
    "owner": ("Owner", "Responsable", "Porteur", "Porteur du besoin"),
    "source_workshop": ("Source workshop", "Workshop", "Atelier", "Source", "Atelier source", "Atelier d'origine"),
    "source_date": ("Source date", "Date", "Date de l'atelier", "Date source", "Date d'atelier"),
    "description": ("Description", "Détail", "Details"),
    "rationale": ("Rationale", "Justification", "Motivation"),
    "acceptance_criteria": (
        "Acceptance criteria",
        "Critères d'acceptation",
        "Critères de recette",
        "Critères d'acceptance",
    ),
    "comments": ("Comments", "Comment", "Commentaires", "Commentaire", "Remarques"),
}

_EXPORT_HEADER_OF = {
    "ref": px.H_REF,
    "title": px.H_TITLE,
    "domain": px.H_DOMAIN,
    "priority": px.H_PRIORITY,
    "status": px.H_STATUS,
    "owner": px.H_OWNER,
    "source_workshop": px.H_SOURCE_WORKSHOP,
    "source_date": px.H_SOURCE_DATE,
    "description": px.H_DESCRIPTION,
    "rationale": px.H_RATIONALE,
    "acceptance_criteria": px.H_ACCEPTANCE,
    "comments": px.H_COMMENTS,
}

# French labels as a fallback and synonyms users write; the .ts translations are added too.
_PRIORITY_WORDS: dict[Priority, tuple[str, ...]] = {
    Priority.MANDATORY: ("impératif", "obligatoire", "indispensable", "must"),
    Priority.DESIRED: ("souhaité", "souhaitable", "should"),
    Priority.OPTIONAL: ("optionnel", "facultatif", "could"),
}
_STATUS_WORDS: dict[NeedStatus, tuple[str, ...]] = {
    NeedStatus.DRAFT: ("brouillon",),
    NeedStatus.TO_CLARIFY: ("à préciser", "a clarifier", "à clarifier"),
    NeedStatus.VALIDATED: ("validé", "validée"),
    NeedStatus.POSTPONED: ("reporté", "reportée"),
    NeedStatus.REJECTED: ("rejeté", "rejetée", "refusé"),
}

_TEXT_FIELDS = ("source_workshop", "description", "rationale", "acceptance_criteria", "comments")
_ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]*)?$")
_YMD_SLASH_RE = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_DMY_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$")
_PARENS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@dataclass
class NeedImportRow:
    row_number: int
    ref: str | None  # None: create a need
    # Keys of EDITABLE_NEED_FIELDS, with "domain_path" ("Ventes / Devis", "" for none)
    # instead of "domain_id".
    values: dict[str, object]


@dataclass
class ParsedNeeds:
    rows: list[NeedImportRow] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def creates(self) -> list[NeedImportRow]:
        return [r for r in self.rows if r.ref is None]

    @property
    def updates(self) -> list[NeedImportRow]:
        return [r for r in self.rows if r.ref is not None]


class _RowError(Exception):
    def __init__(self, template: str, context: str = "Import", **params: object) -> None:
        super().__init__(template)
        self.template = template
        self.context = context
        self.params = params


def normalise(text: str) -> str:
    """Lower case, no accents, punctuation as single spaces: 'Réf.' -> 'ref'."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def _header_key(header: str) -> str:
    return normalise(_PARENS_RE.sub(" ", header).replace("*", " "))


def header_aliases() -> dict[str, str]:
    """Normalised header -> import field."""
    french = translator("fr")
    table: dict[str, str] = {}
    for key, aliases in NEED_IMPORT_FIELDS.items():
        exported = _EXPORT_HEADER_OF[key]
        for alias in (*aliases, exported, french(px.CONTEXT, exported)):
            table.setdefault(_header_key(alias), key)
    return table


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Import field -> column index, from the header texts (first matching column wins)."""
    aliases = header_aliases()
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = aliases.get(_header_key(header or ""))
        if key is not None and key not in mapping:
            mapping[key] = index
    return mapping


def _enum_words(enum_labels: dict, context: str, extra: dict) -> dict[str, StrEnum]:
    french = translator("fr")
    words: dict[str, StrEnum] = {}
    for member, label in enum_labels.items():
        for word in (
            member.value,
            member.value.replace("_", " "),
            label,
            french(context, label),
            *extra.get(member, ()),
        ):
            words.setdefault(normalise(word), member)
    return words


def _people_index(known_people: dict[str, int]) -> tuple[dict[str, int], dict[str, int | None]]:
    exact: dict[str, int] = {}
    loose: dict[str, int | None] = {}
    for name, person_id in known_people.items():
        exact[" ".join(name.split()).casefold()] = person_id
        key = normalise(name)
        loose[key] = None if key in loose and loose[key] != person_id else person_id
    return exact, loose


def parse_date(text: str) -> date:
    """ISO, dd/mm/yyyy (also '-' or '.') or dd/mm/yy; raise ValueError otherwise."""
    text = text.strip()
    if m := _ISO_DATE_RE.match(text) or _YMD_SLASH_RE.match(text):
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _DMY_RE.match(text):
        year = int(m.group(3))
        if len(m.group(3)) == 2:
            year += 2000
        return date(year, int(m.group(2)), int(m.group(1)))
    raise ValueError(text)


def parse_needs(
    table: Table,
    mapping: dict[str, int],
    *,
    known_people: dict[str, int],
    existing_refs: set[str],
    translate: Translate | None = None,
) -> ParsedNeeds:
    """Validate every row of ``table``; rows in error are rejected with one sentence each.

    ``translate(context, text)`` localises the reasons and warnings (context "Import").
    """
    tx = translate or (lambda _context, text: text)
    if "title" not in mapping and "ref" not in mapping:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} has neither a title column nor a reference column: name the columns "
                '"Title" (or "Titre", "Intitulé") and "Ref" (or "Réf", "Référence").',
            ),
            name=table.source_name or "The file",
        )
    parser = _RowParser(mapping, known_people, existing_refs, tx)
    result = ParsedNeeds(warnings=list(table.warnings))
    ignored = 0
    for number, cells in table.rows:
        if not any(_cell(cells, i) for i in mapping.values()):
            ignored += 1
            continue
        try:
            result.rows.append(parser.parse(number, cells))
        except _RowError as err:
            result.rejected.append((number, tx(err.context, err.template).format(**err.params)))
    unmapped = [h for i, h in enumerate(table.headers) if h and i not in mapping.values()]
    if unmapped:
        result.warnings.append(
            tx("Import", QT_TRANSLATE_NOOP("Import", "Columns not imported: {columns}.")).format(
                columns=", ".join(unmapped)
            )
        )
    if ignored:
        result.warnings.append(
            tx(
                "Import",
                QT_TRANSLATE_NOOP("Import", "{count} rows had no value in the imported columns and were skipped."),
            ).format(count=ignored)
        )
    return result


def _cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


class _RowParser:
    def __init__(
        self, mapping: dict[str, int], known_people: dict[str, int], existing_refs: set[str], tx: Translate
    ) -> None:
        self.mapping = mapping
        self.tx = tx
        self.people_exact, self.people_loose = _people_index(known_people)
        self.existing = {_canonical_ref(r) for r in existing_refs}
        self.seen: dict[str, int] = {}
        self.priorities = _enum_words(PRIORITY_LABELS, "Priority", _PRIORITY_WORDS)
        self.statuses = _enum_words(NEED_STATUS_LABELS, "NeedStatus", _STATUS_WORDS)

    def get(self, cells: list[str], key: str) -> str | None:
        """The stripped cell of ``key``, or None when the column is not mapped."""
        index = self.mapping.get(key)
        return None if index is None else _cell(cells, index)

    def parse(self, number: int, cells: list[str]) -> NeedImportRow:
        ref = self._ref(number, cells)
        creating = ref is None
        values: dict[str, object] = {}

        title = self.get(cells, "title")
        if title:
            values["title"] = self._clean("title", title)
        elif creating:
            raise _RowError(QT_TRANSLATE_NOOP("Import", "A new need must have a title."))

        domain = self.get(cells, "domain")
        if domain is not None:
            values["domain_path"] = " / ".join(p.strip() for p in domain.split("/") if p.strip())

        for key, words, default in (
            ("priority", self.priorities, Priority.DESIRED),
            ("status", self.statuses, NeedStatus.DRAFT),
        ):
            text = self.get(cells, key)
            if text:
                values[key] = self._label(key, text, words)
            elif creating:
                values[key] = default

        owner = self.get(cells, "owner")
        if owner is not None:
            values["owner_id"] = self._owner(owner) if owner else None

        when = self.get(cells, "source_date")
        if when is not None:
            values["source_date"] = self._date(when) if when else None

        for key in _TEXT_FIELDS:
            index = self.mapping.get(key)
            if index is not None:  # as typed: outer spaces and line breaks are part of the text
                text = cells[index] if index < len(cells) else ""
                values[key] = self._clean(key, text if key != "source_workshop" else text.strip())
        return NeedImportRow(row_number=number, ref=ref, values=values)

    def _ref(self, number: int, cells: list[str]) -> str | None:
        text = self.get(cells, "ref")
        if not text:
            return None
        ref = _canonical_ref(text)
        if ref not in self.existing:
            raise _RowError(QT_TRANSLATE_NOOP("Import", "Unknown reference {ref}."), ref=text)
        if ref in self.seen:
            raise _RowError(
                QT_TRANSLATE_NOOP("Import", "The reference {ref} is already on row {row}."), ref=ref, row=self.seen[ref]
            )
        self.seen[ref] = number
        return ref

    def _clean(self, key: str, value: object) -> object:
        try:
            return clean_need_values({key: value})[key]
        except ValidationFailed as exc:
            raise _RowError(exc.template, "Errors", **exc.params) from None

    def _label(self, key: str, text: str, words: dict[str, StrEnum]) -> StrEnum:
        member = words.get(normalise(text))
        if member is not None:
            return member
        if key == "priority":
            expected = [px.priority_label(p, self.tx) for p in Priority]
            template = QT_TRANSLATE_NOOP("Import", 'Unknown priority "{value}" (expected {expected}).')
        else:
            expected = [px.status_label(s, self.tx) for s in NeedStatus]
            template = QT_TRANSLATE_NOOP("Import", 'Unknown status "{value}" (expected {expected}).')
        raise _RowError(template, value=text, expected=", ".join(expected))

    def _owner(self, name: str) -> int:
        person_id = self.people_exact.get(" ".join(name.split()).casefold())
        if person_id is None:
            person_id = self.people_loose.get(normalise(name))
        if person_id is None:
            raise _RowError(
                QT_TRANSLATE_NOOP("Import", 'Unknown person "{name}": add them to the project\'s people first.'),
                name=name,
            )
        return person_id

    def _date(self, text: str) -> date:
        try:
            return parse_date(text)
        except ValueError:
            raise _RowError(
                QT_TRANSLATE_NOOP("Import", '"{value}" is not a date (write 31/12/2025 or 2025-12-31).'), value=text
            ) from None


def _canonical_ref(text: str) -> str:
    number = parse_ref(text, NEED_REF_PREFIX)
    if number is None:
        return " ".join(text.split()).upper()
    return format_ref(NEED_REF_PREFIX, number)
