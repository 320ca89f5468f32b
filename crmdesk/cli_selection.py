"""Command-line commands of the selection area (registered by crmdesk.cli).

``crmdesk ranking PROJECT [--format text|csv|json]`` prints the ranking: rank, candidate,
weighted score %, TCO and status (eliminated ones with their reason, out of the ranking).
Text follows the system language; CSV and JSON keep stable English keys and codes, with
dot decimals, so scripts can read them whatever the language.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

from crmdesk.domain.marks import QT_TRANSLATE_NOOP

FORMATS = ("text", "csv", "json")


def add_parsers(sub, t: Callable[[str], str]) -> None:  # type: ignore[no-untyped-def]
    """Add this area's subcommands to the parser (t translates help texts)."""
    p = sub.add_parser("ranking", help=t(QT_TRANSLATE_NOOP(
        "Cli", "print the ranking of the candidates (weighted score, TCO, status)")))
    p.add_argument("project", type=Path)
    p.add_argument("--format", choices=FORMATS, default="text",
                   help=t(QT_TRANSLATE_NOOP("Cli", "output format (default: text)")))


def cmd_ranking(args: argparse.Namespace) -> int:
    from crmdesk.cli import workspace_for_cli
    from crmdesk.i18n import resolve_language, translator
    from crmdesk.services.selection import SelectionService

    translate = translator(resolve_language(None))
    ws = workspace_for_cli()
    pf = ws.open(args.project)
    try:
        matrix = SelectionService(pf).matrix()
    finally:
        ws.close(pf)
    ranking = matrix.ranking()
    if args.format == "json":
        text = _json(matrix, ranking, translate)
    elif args.format == "csv":
        text = _csv(ranking, translate)
    else:
        text = _text(matrix, ranking, translate)
    sys.stdout.write(text)
    return 0


def _status_code(row) -> str:  # type: ignore[no-untyped-def]
    return "eliminated" if row.eliminated else str(row.candidate.status)


def _json(matrix, ranking, translate) -> str:  # type: ignore[no-untyped-def]
    sensitivity = matrix.sensitivity()
    names = {c.id: c.name for c in matrix.candidates}
    data = {
        "user_count": matrix.settings.user_count,
        "horizon_years": matrix.settings.horizon_years,
        "aggregate": str(matrix.settings.aggregate),
        "groups": [{"name": g.name, "weight": g.weight, "share": round(g.share, 4)} for g in ranking.groups],
        "ranking": [
            {"rank": r.rank, "candidate": r.candidate.name, "weighted_score": round(r.score, 4),
             "tco": round(r.tco, 2), "status": _status_code(r), "eliminated": r.eliminated,
             "reason": r.reason(translate), "missing_cells": len(r.missing),
             "groups": {g.name: round(v, 4) for g, v in zip(ranking.groups, r.group_contributions, strict=True)}}
            for r in ranking.rows
        ],
        "sensitivity": {
            "winners": [names[i] for i in sensitivity.winner_ids],
            "stable": sensitivity.stable,
            "verdict": sensitivity.verdict(translate),
            "margin": round(sensitivity.margin, 4),
            "depends_on": sensitivity.fragile_names(),
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _csv(ranking, translate) -> str:  # type: ignore[no-untyped-def]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["rank", "candidate", "weighted_score", "tco", "status", "reason"])
    for r in ranking.rows:
        writer.writerow(["" if r.rank is None else r.rank, r.candidate.name, f"{r.score:.2f}", f"{r.tco:.2f}",
                         _status_code(r), r.reason(translate)])
    return buffer.getvalue()


def _text(matrix, ranking, translate) -> str:  # type: ignore[no-untyped-def]
    from crmdesk.domain.selection_results import fmt_number, status_text

    def tr(text: str) -> str:
        return translate("Cli", text)

    def number(value: float, decimals: int) -> str:
        return fmt_number(value, decimals, translate).replace("\u202f", " ")

    if not ranking.rows:
        return tr(QT_TRANSLATE_NOOP("Cli", "No candidate yet.")) + "\n"
    headers = [tr(QT_TRANSLATE_NOOP("Cli", "Rank")), tr(QT_TRANSLATE_NOOP("Cli", "Candidate")),
               tr(QT_TRANSLATE_NOOP("Cli", "Weighted score")),
               tr(QT_TRANSLATE_NOOP("Cli", "TCO over {years} years")).format(years=matrix.settings.horizon_years),
               tr(QT_TRANSLATE_NOOP("Cli", "Status"))]
    rows = [[str(r.rank) if r.rank is not None else "—", r.candidate.name, number(r.score, 1) + " %",
             number(r.tco, 0) + " €", status_text(r, translate)] for r in ranking.rows]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers[:4])]
    right = {0, 2, 3}

    def line(cells: list[str]) -> str:
        parts = [c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells[:4])]
        return "  ".join(parts + [cells[4]]).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths) + "  " + "-" * len(headers[4])]
    out += [line(row) for row in rows]
    sensitivity = matrix.sensitivity()
    out.append("")
    out.append(tr(QT_TRANSLATE_NOOP("Cli", "Sensitivity: {verdict}")).format(verdict=sensitivity.verdict(translate)))
    return "\n".join(out) + "\n"


# name -> handler(args) -> exit code
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"ranking": cmd_ranking}
