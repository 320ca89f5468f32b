"""The report of an answers import, as lines of text in the user's language (context
"QuestionnaireReport"): what will be imported, then each problem with its row number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.i18n import Translate

if TYPE_CHECKING:
    from crmdesk.services.questionnaires_import import AnswersPreview

REPORT = "QuestionnaireReport"
_LIST_MAX = 30

_SOURCES = {
    "identifier": QT_TRANSLATE_NOOP("QuestionnaireReport", "Candidate: {candidate} (named by the questionnaire, version {version})"),
    "chosen": QT_TRANSLATE_NOOP("QuestionnaireReport", "Candidate: {candidate} (as chosen)"),
    "typed": QT_TRANSLATE_NOOP("QuestionnaireReport", "Candidate: {candidate} (the company name typed in the file)"),
}
_CHANGES = {
    "edited_in_file": QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "  row {row}, {ref}: the title in the file is not the one sent (\"{file}\")."),
    "renamed_since_sent": QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "  row {row}, {ref}: the need was renamed after the questionnaire was sent (now \"{current}\")."),
    "differs_from_current": QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "  row {row}, {ref}: the title in the file (\"{file}\") differs from the need's title (\"{current}\")."),
    "description_changed": QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "  row {row}, {ref}: the need's description changed after the questionnaire was sent."),
}


def report_lines(preview: AnswersPreview, translate: Translate) -> list[str]:
    def tr(text: str, **params: object) -> str:
        return translate(REPORT, text).format(**params)

    parsed = preview.parsed
    lines: list[str] = []
    if parsed.sheet:
        lines.append(tr(QT_TRANSLATE_NOOP("QuestionnaireReport", "File: {name} (sheet \"{sheet}\", {rows} rows read)"),
                        name=parsed.name, sheet=parsed.sheet, rows=parsed.rows_read))
    else:
        lines.append(tr(QT_TRANSLATE_NOOP("QuestionnaireReport", "File: {name} ({rows} rows read)"),
                        name=parsed.name, rows=parsed.rows_read))
    lines.append(tr(_SOURCES[preview.source], candidate=preview.candidate_name,
                    version=preview.questionnaire_version or "?"))
    lines.append(tr(QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "Answers: {new} new, {replaced} replacing a previous answer (kept in the history), {unchanged} "
        "unchanged"), new=preview.count("new"), replaced=preview.count("replaced"),
        unchanged=preview.count("unchanged")))
    if parsed.invalid:
        lines.append(tr(QT_TRANSLATE_NOOP(
            "QuestionnaireReport", "Invalid values: {count}; nothing can be imported until they are corrected:"),
            count=len(parsed.invalid)))
        lines += ["  " + issue.text(translate) for issue in sorted(parsed.invalid, key=lambda i: i.row or 0)]
    if preview.unknown:
        lines.append(tr(QT_TRANSLATE_NOOP("QuestionnaireReport", "Unknown references (ignored): {count}"), count=len(preview.unknown)))
        lines += [tr(QT_TRANSLATE_NOOP("QuestionnaireReport", "  row {row}: {ref}"), row=row, ref=ref)
                  for row, ref in preview.unknown]
    if parsed.ignored:
        lines.append(tr(QT_TRANSLATE_NOOP("QuestionnaireReport", "Rows ignored: {count}"), count=len(parsed.ignored)))
        lines += ["  " + issue.text(translate) for issue in parsed.ignored]
    if preview.missing:
        mandatory = sum(1 for m in preview.missing if m.mandatory)
        kept = sum(1 for m in preview.missing if m.previous_kept)
        lines.append(tr(QT_TRANSLATE_NOOP(
            "QuestionnaireReport", "Needs without an answer: {count} ({mandatory} mandatory)"), count=len(preview.missing),
            mandatory=mandatory))
        mark = translate(REPORT, QT_TRANSLATE_NOOP("QuestionnaireReport", "mandatory"))
        refs = [f"{m.ref} ({mark})" if m.mandatory else m.ref for m in preview.missing]
        shown = ", ".join(refs[:_LIST_MAX])
        if len(refs) > _LIST_MAX:
            shown += " " + tr(QT_TRANSLATE_NOOP("QuestionnaireReport", "… and {count} more"), count=len(refs) - _LIST_MAX)
        lines.append("  " + shown)
        if kept:
            lines.append(tr(QT_TRANSLATE_NOOP(
                "QuestionnaireReport", "  {count} of them keep the answer imported earlier."), count=kept))
    if preview.changed_questions:
        lines.append(tr(QT_TRANSLATE_NOOP("QuestionnaireReport", "Changed question texts: {count}"),
                        count=len(preview.changed_questions)))
        lines += [tr(_CHANGES[c.kind], row=c.row or "?", ref=c.ref, file=_short(c.file_title),
                     current=_short(c.current_title)) for c in preview.changed_questions]
    for note in preview.notes:
        lines.append(tr(QT_TRANSLATE_NOOP("QuestionnaireReport", "Note: {note}"), note=translate(REPORT, note)))
    for issue in parsed.notes:
        lines.append(tr(QT_TRANSLATE_NOOP("QuestionnaireReport", "Note: {note}"), note=issue.text(translate)))
    return lines


def _short(text: str, limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
