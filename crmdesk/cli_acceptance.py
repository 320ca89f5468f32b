"""Command-line commands of the acceptance area (registered by crmdesk.cli).

    crmdesk campaign PROJECT [--campaign NAME] [--format text|json]
    crmdesk signoff PROJECT --campaign NAME OUT.pdf [--lang fr|en]
    crmdesk export-campaign PROJECT --campaign NAME OUT.xlsx [--lang fr|en]
    crmdesk import-results PROJECT FILE [--dry-run] [--accept-conflicts]

``campaign`` lists the campaigns (name, kind, dates, progress), or prints one campaign's results
and its go/no-go criteria with their current values. Text follows the system language; JSON
keeps stable English keys and codes for scripts. ``import-results`` prints the report and backs
the project up before recording; a refused file, invalid values or conflicts exit with 1 and
one sentence, the project left unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from crmdesk.domain.marks import QT_TRANSLATE_NOOP

FORMATS = ("text", "json")


def _t(text: str) -> str:
    from crmdesk.i18n import resolve_language, translator

    return translator(resolve_language(None))("Cli", text)


def add_parsers(sub, t: Callable[[str], str]) -> None:  # type: ignore[no-untyped-def]
    """Add this area's subcommands to the parser (``t`` translates help texts)."""
    from crmdesk.i18n import SUPPORTED_LANGUAGES

    p = sub.add_parser("campaign", help=t(QT_TRANSLATE_NOOP(
        "Cli", "list the acceptance campaigns, or print one campaign's results and go/no-go")))
    p.add_argument("project", type=Path)
    p.add_argument("--campaign", metavar="NAME", help=t(QT_TRANSLATE_NOOP("Cli", "name of the campaign")))
    p.add_argument("--format", choices=FORMATS, default="text",
                   help=t(QT_TRANSLATE_NOOP("Cli", "output format (default: text)")))

    p = sub.add_parser("signoff", help=t(QT_TRANSLATE_NOOP(
        "Cli", "write a campaign's acceptance sign-off report (PV de recette) as PDF")))
    p.add_argument("project", type=Path)
    p.add_argument("--campaign", metavar="NAME", required=True, help=t(QT_TRANSLATE_NOOP("Cli", "name of the campaign")))
    p.add_argument("out", type=Path)
    p.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help=t(QT_TRANSLATE_NOOP(
        "Cli", "language of the report (default: the interface's)")))

    p = sub.add_parser("export-campaign", help=t(QT_TRANSLATE_NOOP(
        "Cli", "write the Excel workbook testers fill in for a campaign")))
    p.add_argument("project", type=Path)
    p.add_argument("--campaign", metavar="NAME", required=True, help=t(QT_TRANSLATE_NOOP("Cli", "name of the campaign")))
    p.add_argument("out", type=Path)
    p.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help=t(QT_TRANSLATE_NOOP(
        "Cli", "language of the workbook (default: the interface's)")))

    p = sub.add_parser("import-results", help=t(QT_TRANSLATE_NOOP(
        "Cli", "record the results of a testers' workbook filled in")))
    p.add_argument("project", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help=t(QT_TRANSLATE_NOOP(
        "Cli", "show the report without changing the project")))
    p.add_argument("--accept-conflicts", action="store_true", help=t(QT_TRANSLATE_NOOP(
        "Cli", "record the file's results even for cases run in crmdesk since the export")))


# ------------------------------------------------------------------------------ campaign
def cmd_campaign(args: argparse.Namespace) -> int:
    from crmdesk.cli import workspace_for_cli
    from crmdesk.i18n import resolve_language, translator
    from crmdesk.services.acceptance import AcceptanceService

    translate = translator(resolve_language(None))
    ws = workspace_for_cli()
    pf = ws.open(args.project)
    try:
        service = AcceptanceService(pf, translate)
        if args.campaign is None:
            campaigns = service.campaigns()
            text = _list_json(campaigns) if args.format == "json" else _list_text(campaigns, translate)
        else:
            campaign = service.campaign_named(args.campaign)
            cases = service.campaign_cases(campaign.id)
            decision = service.go_no_go(campaign.id)
            defects = service.defects(campaign.id, open_only=True)
            text = (_campaign_json(campaign, cases, decision, defects) if args.format == "json"
                    else _campaign_text(campaign, cases, decision, defects, translate))
    finally:
        ws.close(pf)
    sys.stdout.write(text)
    return 0


def _day(value) -> str:  # type: ignore[no-untyped-def]
    return value.isoformat() if value else ""


def _list_json(campaigns) -> str:  # type: ignore[no-untyped-def]
    data = {"campaigns": [
        {"name": c.name, "kind": str(c.kind), "status": str(c.status), "start_date": _day(c.start_date) or None,
         "end_date": _day(c.end_date) or None, "lot": c.lot_name, "cases": c.counts.total, "executed": c.counts.executed,
         "progress_pct": round(100 * c.progress, 1), "attempts": c.attempts,
         "results": {str(r): c.counts.of(r) for r in _results()},
         "signoff": str(c.signoff.decision) if c.signoff else None} for c in campaigns]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _results():  # type: ignore[no-untyped-def]
    from crmdesk.domain.acceptance import Result

    return list(Result)


def _list_text(campaigns, translate) -> str:  # type: ignore[no-untyped-def]
    from crmdesk.domain.acceptance import label

    if not campaigns:
        return _t(QT_TRANSLATE_NOOP("Cli", "This project has no acceptance campaign yet.")) + "\n"
    lines = []
    for c in campaigns:
        dates = f"{_day(c.start_date) or '?'} → {_day(c.end_date) or '?'}"
        progress = _t(QT_TRANSLATE_NOOP("Cli", "{executed}/{total} cases run ({pct} %)")).replace(
            "{executed}", str(c.counts.executed)).replace("{total}", str(c.counts.total)).replace(
            "{pct}", str(round(100 * c.progress)))
        lines.append(f"{c.name}  [{label(c.kind, translate)}, {label(c.status, translate)}]  {dates}  {progress}")
        counts = "  ".join(f"{label(r, translate)}: {c.counts.of(r)}" for r in _results())
        lines.append(f"    {counts}")
    return "\n".join(lines) + "\n"


def _campaign_json(campaign, cases, decision, defects) -> str:  # type: ignore[no-untyped-def]
    data = {
        "campaign": {"name": campaign.name, "kind": str(campaign.kind), "status": str(campaign.status),
                     "start_date": _day(campaign.start_date) or None, "end_date": _day(campaign.end_date) or None,
                     "lot": campaign.lot_name, "testers": list(campaign.tester_names),
                     "signoff": str(campaign.signoff.decision) if campaign.signoff else None},
        "results": {str(r): campaign.counts.of(r) for r in _results()},
        "attempts": campaign.attempts,
        "go_no_go": {"go": decision.go, "criteria": [
            {"key": str(c.criterion), "label": c.label(), "threshold": c.threshold, "value": c.value, "met": c.met}
            for c in decision.checks]},
        "cases": [{"ref": c.ref, "title": c.title, "result": str(c.result), "attempts": c.attempts,
                   "tester": c.tester_name, "needs": list(c.need_refs)} for c in cases],
        "open_defects": [{"ref": d.ref, "title": d.title, "severity": str(d.severity), "status": str(d.status),
                          "test_case": d.test_case_ref, "vendor_ticket": d.vendor_ticket} for d in defects],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _campaign_text(campaign, cases, decision, defects, translate) -> str:  # type: ignore[no-untyped-def]
    from crmdesk.domain.acceptance import label

    c = campaign
    lines = [f"{c.name} ({label(c.kind, translate)}, {label(c.status, translate)})",
             _t(QT_TRANSLATE_NOOP("Cli", "From {start} to {end}; lot: {lot}; testers: {testers}."))
             .replace("{start}", _day(c.start_date) or "?").replace("{end}", _day(c.end_date) or "?")
             .replace("{lot}", c.lot_name or "–").replace("{testers}", ", ".join(c.tester_names) or "–"),
             "  ".join(f"{label(r, translate)}: {c.counts.of(r)}" for r in _results())
             + "  " + _t(QT_TRANSLATE_NOOP("Cli", "(attempts: {attempts})")).replace("{attempts}", str(c.attempts)),
             "", _t(QT_TRANSLATE_NOOP("Cli", "Test cases"))]
    for case in cases:
        extra = f"  [{case.tester_name}]" if case.tester_name else ""
        tries = f" ×{case.attempts}" if case.attempts > 1 else ""
        lines.append(f"  {case.ref:<8} {label(case.result, translate):<12}{tries:<4} {case.title}{extra}")
    lines += ["", _t(QT_TRANSLATE_NOOP("Cli", "Go/no-go"))]
    for check in decision.checks:
        mark = _t(QT_TRANSLATE_NOOP("Cli", "met")) if check.met else _t(QT_TRANSLATE_NOOP("Cli", "NOT met"))
        lines.append(f"  {check.label(translate)}: {check.value_text(translate)} "
                     f"({check.rule(translate)}) – {mark}")
    lines.append("  " + (_t(QT_TRANSLATE_NOOP("Cli", "Decision suggested: GO")) if decision.go
                         else _t(QT_TRANSLATE_NOOP("Cli", "Decision suggested: NO-GO"))))
    if defects:
        lines += ["", _t(QT_TRANSLATE_NOOP("Cli", "Open defects"))]
        for d in sorted(defects, key=lambda d: (("blocking", "major", "minor").index(str(d.severity)), d.ref)):
            ticket = f" [{d.vendor_ticket}]" if d.vendor_ticket else ""
            lines.append(f"  {d.ref:<8} {label(d.severity, translate):<10} {label(d.status, translate):<14} "
                         f"{d.title}{ticket}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------ files
def cmd_signoff(args: argparse.Namespace) -> int:
    from crmdesk.cli import out, settings_language, workspace_for_cli
    from crmdesk.i18n import resolve_language, translator
    from crmdesk.services.acceptance import AcceptanceService

    ws = workspace_for_cli()
    pf = ws.open(args.project)
    try:
        lang = args.lang or resolve_language(settings_language(ws))
        service = AcceptanceService(pf, translator(lang))
        campaign = service.campaign_named(args.campaign)
        path = service.write_signoff_pdf(campaign.id, args.out)
    finally:
        ws.close(pf)
    out(_t(QT_TRANSLATE_NOOP("Cli", "Sign-off report written to {path}")).replace("{path}", str(path)))
    return 0


def cmd_export_campaign(args: argparse.Namespace) -> int:
    from crmdesk.cli import out, settings_language, workspace_for_cli
    from crmdesk.i18n import resolve_language, translator
    from crmdesk.services.acceptance import AcceptanceService
    from crmdesk.services.acceptance_import import export_campaign

    ws = workspace_for_cli()
    pf = ws.open(args.project)
    try:
        lang = args.lang or resolve_language(settings_language(ws))
        campaign = AcceptanceService(pf).campaign_named(args.campaign)
        path = export_campaign(pf, campaign.id, args.out, translator(lang), lang)
    finally:
        ws.close(pf)
    out(_t(QT_TRANSLATE_NOOP("Cli", "Testers' workbook written to {path}")).replace("{path}", str(path)))
    return 0


def cmd_import_results(args: argparse.Namespace) -> int:
    from crmdesk.cli import out, workspace_for_cli
    from crmdesk.domain.errors import ImportRejected
    from crmdesk.i18n import resolve_language, translator
    from crmdesk.services.acceptance_import import apply_results, preview_results

    translate = translator(resolve_language(None))
    ws = workspace_for_cli()
    pf = ws.open(args.project)
    try:
        preview = preview_results(pf, args.file, translate)
        for line in preview.report_lines(translate):
            out(line)
        if preview.invalid:
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} has {count} invalid values: correct them and import the file again; nothing "
                "was imported."), name=Path(args.file).name, count=len(preview.invalid))
        if preview.conflicts and not args.accept_conflicts:
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} has {count} cases run in crmdesk since the export: check them, then import again "
                "with --accept-conflicts; nothing was imported."), name=Path(args.file).name,
                count=len(preview.conflicts))
        if args.dry_run:
            out(_t(QT_TRANSLATE_NOOP("Cli", "Dry run: the project was not changed.")))
            return 0
        if not preview.planned:
            out(_t(QT_TRANSLATE_NOOP("Cli", "Nothing to import: the project was not changed.")))
            return 0
        ws.backup(pf, "pre-import")
        result, _changes = apply_results(pf, preview, accept_conflicts=args.accept_conflicts, translate=translate)
    finally:
        ws.close(pf)
    out(_t(QT_TRANSLATE_NOOP("Cli", "Results recorded: {attempts} attempts, {created} defects created, "
                             "{reopened} re-opened."))
        .replace("{attempts}", str(result.attempts)).replace("{created}", str(result.defects_created))
        .replace("{reopened}", str(result.defects_reopened)))
    return 0


# name -> handler(args) -> exit code
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "campaign": cmd_campaign,
    "signoff": cmd_signoff,
    "export-campaign": cmd_export_campaign,
    "import-results": cmd_import_results,
}
