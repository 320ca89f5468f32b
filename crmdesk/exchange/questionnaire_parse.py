"""Turning the rows of an answers sheet into vendor answers, with a per-row report.

Nothing here knows the project: unknown references, missing answers and changed questions are
decided by the service, which knows the needs. Here: the header row is found (in the first 30
rows, so a title line added above it does not matter), columns are mapped by their headers
(ours first, in English or in the file's language, then the words vendors use), and every
answer cell is validated. Invalid values and duplicate references are blocking; rows without a
reference and unknown columns are reported and ignored.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.needs import NEED_REF_PREFIX, format_ref, parse_ref
from crmdesk.domain.questionnaires import (
    COMMENT_MAX,
    COVERAGE_LABELS,
    COVERAGE_SYNONYMS,
    PLANNED_LOT_MAX,
    Coverage,
)
from crmdesk.exchange import questionnaire_format as qf
from crmdesk.exchange.tabular_rows import cell_text, free_text
from crmdesk.i18n import Translate, translator

REPORT = "QuestionnaireReport"
HEADER_SEARCH_ROWS = 30

RawRow = tuple[int, Sequence[object]]  # (row number as the user sees it, raw cell values)


@dataclass(frozen=True)
class Issue:
    """One line of the report: an English template (context "QuestionnaireReport") and its
    parameters, translated when the report is shown."""

    template: str
    params: dict[str, object] = field(default_factory=dict)
    row: int | None = None

    def text(self, translate: Translate) -> str:
        return translate(REPORT, self.template).format(**self.params)


@dataclass(frozen=True, slots=True)
class FileAnswer:
    row: int
    ref: str  # canonical (BES-012); the text as written when it is not a need reference
    ref_text: str
    coverage: Coverage | None
    comment: str
    extra_cost: float | None
    planned_lot: str
    title: str | None  # the question's title as the file shows it (None: no title column)

    @property
    def answered(self) -> bool:
        return bool(self.coverage or self.comment or self.extra_cost is not None or self.planned_lot)


@dataclass
class ParsedRows:
    header_row: int
    columns: dict[str, str]  # field -> the header as written in the file
    column_index: dict[str, int]
    answers: list[FileAnswer] = field(default_factory=list)
    invalid: list[Issue] = field(default_factory=list)
    ignored: list[Issue] = field(default_factory=list)
    notes: list[Issue] = field(default_factory=list)
    data_rows: set[int] = field(default_factory=set)

    @property
    def absent(self) -> frozenset[str]:
        """Answer columns the file does not have: their current values are kept."""
        return frozenset(f for f in qf.ANSWER_FIELDS if f not in self.column_index)


# --------------------------------------------------------------------------------- headers
def _exported_headers(translate: Translate | None) -> dict[str, str]:
    keys: dict[str, str] = {}
    french = translator("fr")
    for name, header in qf.HEADERS.items():
        for text in (header, french(qf.CONTEXT, header), translate(qf.CONTEXT, header) if translate else header):
            keys.setdefault(qf.header_key(text), name)
    return keys


def _alias_headers() -> dict[str, str]:
    keys: dict[str, str] = {}
    for name, aliases in qf.HEADER_ALIASES.items():
        for alias in aliases:
            keys.setdefault(qf.header_key(alias), name)
    return keys


def map_headers(headers: Sequence[object], translate: Translate | None = None) -> dict[str, int]:
    """Field -> column index. Our own headers win over the looser words, so a column a vendor
    added ("Commentaire interne") never takes the place of ours."""
    texts = [qf.header_key(cell_text(h)) for h in headers]
    mapping: dict[str, int] = {}
    for table in (_exported_headers(translate), _alias_headers()):
        for index, key in enumerate(texts):
            name = table.get(key) if key else None
            if name is not None and name not in mapping and index not in mapping.values():
                mapping[name] = index
    return mapping


def find_header(rows: Sequence[RawRow], translate: Translate | None = None) -> tuple[int, dict[str, int]] | None:
    """The first row (among the first non-empty ones) holding a reference and a coverage column."""
    for number, cells in rows[:HEADER_SEARCH_ROWS]:
        mapping = map_headers(cells, translate)
        if "ref" in mapping and "coverage" in mapping:
            return number, mapping
    return None


# ---------------------------------------------------------------------------------- values
def coverage_words(translate: Translate | None = None) -> dict[str, Coverage]:
    french = translator("fr")
    words: dict[str, Coverage] = {}
    for coverage, label in COVERAGE_LABELS.items():
        for word in (coverage.value, coverage.value.replace("_", " "), label, french("Coverage", label),
                     translate("Coverage", label) if translate else label, *COVERAGE_SYNONYMS[coverage]):
            words.setdefault(qf.normalise(word), coverage)
    return words


_ZERO_WORDS = {"inclus", "incluse", "included", "compris", "offert", "gratuit", "free", "aucun", "none", "neant"}
_EMPTY_WORDS = {"", "na", "n a", "nc", "sans objet", "so"}
_CURRENCY_RE = re.compile(r"(?i)(€|eur(?:os?)?\b|\bh\.?t\.?\b|\bhors taxes?\b|\bexcl\.? vat\b)")
_NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)*$")


def parse_amount(value: object) -> float | None:
    """An extra cost: a number cell, or text such as "1 500", "1 500,50 €", "2,5 k€", "inclus".
    None for an empty cell or a dash. Raises ValueError for anything else."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        number = float(value)
        if math.isnan(number) or math.isinf(number):
            raise ValueError(value)
        return number
    text = str(value).strip()
    if text in ("-", "–", "—"):
        return None
    words = qf.normalise(text)
    if words in _EMPTY_WORDS:
        return None
    if words in _ZERO_WORDS:
        return 0.0
    text = _CURRENCY_RE.sub(" ", text)
    factor = 1.0
    compact = re.sub(r"[\s\u00a0\u202f']", "", text)
    if compact[-1:] in ("k", "K"):
        factor, compact = 1000.0, compact[:-1]
    negative = compact.startswith("-")
    if negative:
        compact = compact[1:]
    number = _decimal(compact)
    if number is None:
        raise ValueError(value)
    number *= factor
    if not math.isfinite(number):  # hundreds of digits overflow to infinity
        raise ValueError(value)
    return -number if negative else number


def _grouped(parts: list[str]) -> bool:
    """Thousands groups: 1 to 3 digits, then groups of exactly 3."""
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _decimal(text: str) -> float | None:
    """'1500', '1 500' (spaces already removed), '1.500,50', '1,500.50', '1,5', '12.50'."""
    if not _NUMBER_RE.match(text):
        return None
    if "," in text and "." in text:  # the last one is the decimal separator
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        whole, _, frac = text.rpartition(decimal)
        groups = whole.split("." if decimal == "," else ",")
        if decimal in whole or not _grouped(groups):
            return None
        return float("".join(groups) + "." + frac)
    sep = "," if "," in text else "." if "." in text else ""
    if not sep:
        return float(text)
    parts = text.split(sep)
    # "1.500" / "1,500": a thousands separator; "1,5" / "12.50" / "0,500": a decimal one
    if len(parts) == 2 and (len(parts[1]) != 3 or parts[0] == "0" or not _grouped(parts)):
        return float(parts[0] + "." + parts[1])
    return float("".join(parts)) if _grouped(parts) else None


def canonical_ref(text: str) -> str:
    number = parse_ref(text, NEED_REF_PREFIX)
    if number is None:
        return " ".join(text.split()).upper()
    return format_ref(NEED_REF_PREFIX, number)


# ------------------------------------------------------------------------------------ rows
def parse_rows(rows: Sequence[RawRow], header_row: int, mapping: dict[str, int],
               translate: Translate | None = None) -> ParsedRows:
    """Validate every row after the header. ``rows`` hold raw cell values (numbers stay
    numbers, so that an amount is never mistaken for text)."""
    header_cells = next(cells for number, cells in rows if number == header_row)
    columns = {f: cell_text(header_cells[i]) for f, i in mapping.items()}
    result = ParsedRows(header_row, columns, dict(mapping))
    words = coverage_words(translate)
    expected = ", ".join(translate("Coverage", COVERAGE_LABELS[c]) if translate else COVERAGE_LABELS[c]
                         for c in Coverage)
    seen: dict[str, int] = {}

    def raw(cells: Sequence[object], name: str) -> object:
        index = mapping.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    def text(cells: Sequence[object], name: str) -> str:
        return cell_text(raw(cells, name))

    for number, cells in rows:
        if number <= header_row:
            continue
        result.data_rows.add(number)
        ref_text = text(cells, "ref")
        answer_texts = [text(cells, f) for f in qf.ANSWER_FIELDS]
        if not ref_text:
            if any(answer_texts):
                result.ignored.append(Issue(QT_TRANSLATE_NOOP(
                    "QuestionnaireReport", "Row {row}: an answer without a reference was ignored."), {"row": number}, number))
            continue
        bad = len(result.invalid)

        def invalid(column: str, template: str, **params: object) -> None:
            result.invalid.append(Issue(template, {"row": number, "column": columns[column], **params}, number))

        cov_text = text(cells, "coverage")
        coverage = None
        if cov_text:
            coverage = words.get(qf.normalise(cov_text))
            if coverage is None:
                invalid("coverage", QT_TRANSLATE_NOOP(
                    "QuestionnaireReport", "Row {row}, column \"{column}\": \"{value}\" is not a coverage (expected: {expected})."),
                    value=_short(cov_text), expected=expected)
        comment = free_text(raw(cells, "comment")) if "comment" in mapping else ""  # as typed
        if len(comment) > COMMENT_MAX:
            invalid("comment", QT_TRANSLATE_NOOP(
                "QuestionnaireReport", "Row {row}, column \"{column}\": the text is longer than {limit} characters."),
                limit=COMMENT_MAX)
        lot = " ".join(text(cells, "planned_lot").split())
        if len(lot) > PLANNED_LOT_MAX:
            invalid("planned_lot", QT_TRANSLATE_NOOP(
                "QuestionnaireReport", "Row {row}, column \"{column}\": the text is longer than {limit} characters."),
                limit=PLANNED_LOT_MAX)
        cost = None
        raw_cost = raw(cells, "extra_cost")
        try:
            cost = parse_amount(raw_cost)
        except ValueError:
            invalid("extra_cost", QT_TRANSLATE_NOOP(
                "QuestionnaireReport", "Row {row}, column \"{column}\": \"{value}\" is not an amount (write 1500 or 1 500,00)."),
                value=_short(cell_text(raw_cost)))
        else:
            if cost is not None and cost < 0:
                invalid("extra_cost", QT_TRANSLATE_NOOP(
                    "QuestionnaireReport", "Row {row}, column \"{column}\": the amount {value} is negative."),
                    value=_short(cell_text(raw_cost)))
        ref = canonical_ref(ref_text)
        if ref in seen:
            result.invalid.append(Issue(QT_TRANSLATE_NOOP(
                "QuestionnaireReport", "Row {row}: the reference {ref} is already on row {first}."),
                {"row": number, "ref": ref, "first": seen[ref]}, number))
        else:
            seen[ref] = number
        if len(result.invalid) > bad:
            continue
        title = text(cells, "title") if "title" in mapping else None
        result.answers.append(FileAnswer(number, ref, ref_text, coverage, comment, cost, lot, title))

    unmapped = [cell_text(h) for i, h in enumerate(header_cells) if cell_text(h) and i not in mapping.values()]
    if unmapped:
        result.notes.append(Issue(QT_TRANSLATE_NOOP("QuestionnaireReport", "Columns not read: {columns}."),
                                  {"columns": ", ".join(unmapped)}))
    for name in qf.ANSWER_FIELDS:
        if name not in mapping:
            header = translate(qf.CONTEXT, qf.HEADERS[name]) if translate else qf.HEADERS[name]
            result.notes.append(Issue(QT_TRANSLATE_NOOP(
                "QuestionnaireReport", "The column \"{column}\" is missing: the current values of that column are kept."),
                {"column": header}))
    return result


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
