"""Command-line commands of the questionnaires area (vendor questionnaires sent and read back)
(registered by crmdesk.cli).

    crmdesk questionnaire PROJECT (--candidate NAME | --blank) OUT.xlsx [--lang fr|en]
    crmdesk import-answers PROJECT FILE [--candidate NAME] [--dry-run]

``import-answers`` prints the report; it backs the project up before applying. A refused file
or a report with invalid values exits with 1 and one sentence, the project left unchanged.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from crmdesk.domain.marks import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    from crmdesk.i18n import resolve_language, translator

    return translator(resolve_language(None))("Cli", text)


def cmd_questionnaire(args: argparse.Namespace) -> int:
    from crmdesk.cli import out, settings_language, workspace_for_cli
    from crmdesk.i18n import resolve_language, translator
    from crmdesk.services.questionnaires import find_candidate, send_questionnaire

    ws = workspace_for_cli()
    pf = ws.open(args.project)
    try:
        lang = args.lang or resolve_language(settings_language(ws))
        candidate_id = None if args.blank else find_candidate(pf, args.candidate)
        sent, _changes = send_questionnaire(pf, candidate_id, args.out, translator(lang), lang=lang)
    finally:
        ws.close(pf)
    if candidate_id is None:
        text = _t(QT_TRANSLATE_NOOP("Cli", "Blank questionnaire (version {version}) written to {path}"))
    else:
        text = _t(QT_TRANSLATE_NOOP("Cli", "Questionnaire version {version} for {candidate} written to {path}"))
    out(text.format(version=sent.version, candidate=sent.candidate_name, path=args.out))
    return 0


def cmd_import_answers(args: argparse.Namespace) -> int:
    from crmdesk.cli import out, workspace_for_cli
    from crmdesk.domain.errors import ImportRejected
    from crmdesk.domain.questionnaires import CandidateNeeded
    from crmdesk.i18n import resolve_language, translator
    from crmdesk.services.questionnaires import find_candidate
    from crmdesk.services.questionnaires_import import apply_answers, preview_answers

    translate = translator(resolve_language(None))
    ws = workspace_for_cli()
    pf = ws.open(args.project)
    try:
        candidate_id = find_candidate(pf, args.candidate) if args.candidate else None
        try:
            preview = preview_answers(pf, args.file, candidate_id, translate)
        except CandidateNeeded as exc:
            message = translate("Errors", exc.template).format(**exc.params)
            hint = _t(QT_TRANSLATE_NOOP("Cli", "Name the candidate with --candidate NAME."))
            sys.stderr.write(f"crmdesk: {message} {hint}\n")
            return 1
        for line in preview.report_lines(translate):
            out(line)
        if preview.blocking:
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} has {count} invalid values: correct them and import the file again; nothing "
                "was imported."), name=Path(args.file).name, count=len(preview.parsed.invalid))
        if args.dry_run:
            out(_t(QT_TRANSLATE_NOOP("Cli", "Dry run: the project was not changed.")))
            return 0
        if not preview.to_apply:
            out(_t(QT_TRANSLATE_NOOP("Cli", "Nothing to import: the project was not changed.")))
            return 0
        ws.backup(pf, "pre-import")
        result, _changes = apply_answers(pf, preview)
    finally:
        ws.close(pf)
    out(_t(QT_TRANSLATE_NOOP("Cli", "Answers imported: {created} new, {replaced} replaced, {unchanged} unchanged."))
        .format(created=result.created, replaced=result.replaced, unchanged=result.unchanged))
    return 0


# name -> handler(args) -> exit code
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "questionnaire": cmd_questionnaire,
    "import-answers": cmd_import_answers,
}


def add_parsers(sub, t: Callable[[str], str]) -> None:  # type: ignore[no-untyped-def]
    """Add this area's subcommands to the parser (t translates help texts)."""
    from crmdesk.i18n import SUPPORTED_LANGUAGES

    p = sub.add_parser("questionnaire", help=t(QT_TRANSLATE_NOOP(
        "Cli", "write the Excel questionnaire a candidate fills in")))
    p.add_argument("project", type=Path)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--candidate", metavar="NAME", help=t(QT_TRANSLATE_NOOP(
        "Cli", "the candidate it is for")))
    who.add_argument("--blank", action="store_true", help=t(QT_TRANSLATE_NOOP(
        "Cli", "a blank questionnaire, for any candidate")))
    p.add_argument("out", type=Path)
    p.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help=t(QT_TRANSLATE_NOOP(
        "Cli", "language of the workbook (default: the interface's)")))

    p = sub.add_parser("import-answers", help=t(QT_TRANSLATE_NOOP(
        "Cli", "read a candidate's answers from a filled-in questionnaire")))
    p.add_argument("project", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--candidate", metavar="NAME", help=t(QT_TRANSLATE_NOOP(
        "Cli", "the candidate who answered (when the file does not say it)")))
    p.add_argument("--dry-run", action="store_true", help=t(QT_TRANSLATE_NOOP(
        "Cli", "show the report without changing the project")))
