"""Command-line commands of the sprints area (registered by crmdesk.cli).

``crmdesk sprint PROJECT [--sprint N] [--format text|json]`` prints a sprint (default: the
active one, else the last one): its stories by board column with their points, then the
burndown per day (date, remaining, ideal) and the scope changes. Text follows the system
language; JSON keeps stable English keys and codes, with dot decimals, for scripts.
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
    """Add this area's subcommands to the parser (t translates help texts)."""
    p = sub.add_parser("sprint", help=t(QT_TRANSLATE_NOOP(
        "Cli", "print a sprint's stories by column and its burndown")))
    p.add_argument("project", type=Path)
    p.add_argument("--sprint", type=int, metavar="N", help=t(QT_TRANSLATE_NOOP(
        "Cli", "number of the sprint (default: the active sprint, else the last one)")))
    p.add_argument("--format", choices=FORMATS, default="text",
                   help=t(QT_TRANSLATE_NOOP("Cli", "output format (default: text)")))


def cmd_sprint(args: argparse.Namespace) -> int:
    from crmdesk.cli import workspace_for_cli
    from crmdesk.domain.errors import NotFound
    from crmdesk.i18n import resolve_language, translator
    from crmdesk.services.sprints import SprintService

    translate = translator(resolve_language(None))
    ws = workspace_for_cli()
    pf = ws.open(args.project)
    try:
        service = SprintService(pf)
        if args.sprint is not None:
            sprint = service.sprint_by_number(args.sprint)
        else:
            sprint = service.current_sprint()
            if sprint is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This project has no sprint yet."))
        board = service.board(sprint.id)
        burndown = service.burndown(sprint.id)
    finally:
        ws.close(pf)
    text = _json(sprint, board, burndown) if args.format == "json" else _text(sprint, board, burndown, translate)
    sys.stdout.write(text)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"sprint": cmd_sprint}


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    value = round(float(value), 2)
    return int(value) if value.is_integer() else value


def _fmt(value: float | None) -> str:
    number = _num(value)
    return "" if number is None else str(number)


def _json(sprint, board, burndown) -> str:  # type: ignore[no-untyped-def]
    data = {
        "sprint": {
            "number": sprint.number, "name": sprint.name, "goal": sprint.goal, "status": str(sprint.status),
            "start_date": sprint.start_date.isoformat(), "end_date": sprint.end_date.isoformat(),
            "length_days": sprint.length_days, "capacity_points": _num(sprint.capacity_points),
            "committed_points": _num(sprint.committed_points), "scope_points": _num(sprint.scope_points),
            "done_points": _num(sprint.done_points), "velocity": _num(sprint.velocity),
        },
        "columns": [
            {"key": c.column.key, "name": c.column.label(), "is_done": c.column.is_done,
             "wip_limit": c.wip.limit, "count": c.wip.count, "wip_exceeded": c.wip.exceeded,
             "points": _num(c.points),
             "stories": [{"ref": s.ref, "title": s.title, "points": _num(s.points), "kind": str(s.kind),
                          "assignee": s.assignee_name, "lot": s.lot_name, "needs": list(s.need_refs)}
                         for s in c.cards]}
            for c in board.columns
        ],
        "burndown": {
            "committed": _num(burndown.committed),
            "days": [{"date": d.day.isoformat(), "remaining": _num(d.remaining), "ideal": _num(d.ideal),
                      "scope": _num(d.scope)} for d in burndown.days],
            "events": [{"date": e.day.isoformat(), "ref": e.ref, "kind": e.kind, "points": _num(e.delta)}
                       for e in burndown.events],
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _text(sprint, board, burndown, translate) -> str:  # type: ignore[no-untyped-def]
    from crmdesk.domain.sprints import SPRINT_STATUS_LABELS

    lines = [f"{sprint.title(translate)} ({translate('SprintStatus', SPRINT_STATUS_LABELS[sprint.status])})"]
    if sprint.goal:
        lines.append(_t(QT_TRANSLATE_NOOP("Cli", "Goal: {goal}")).replace("{goal}", sprint.goal))
    lines.append(_t(QT_TRANSLATE_NOOP(
        "Cli", "From {start} to {end}; capacity {capacity} points, committed {committed}, done {done}."))
        .replace("{start}", sprint.start_date.isoformat()).replace("{end}", sprint.end_date.isoformat())
        .replace("{capacity}", _fmt(sprint.capacity_points) or "–").replace("{committed}", _fmt(sprint.committed_points))
        .replace("{done}", _fmt(sprint.done_points)))
    for column in board.columns:
        lines.append("")
        head = _t(QT_TRANSLATE_NOOP("Cli", "{column} — stories: {count}, points: {points}")).replace(
            "{column}", column.column.label(translate)).replace("{count}", str(column.wip.count)).replace(
            "{points}", _fmt(column.points))
        if column.wip.exceeded:
            head += " " + _t(QT_TRANSLATE_NOOP("Cli", "(WIP limit {limit} exceeded)")).replace(
                "{limit}", str(column.wip.limit))
        lines.append(head)
        for s in column.cards:
            extra = "  ".join(part for part in (s.assignee_name, ", ".join(s.need_refs)) if part)
            lines.append(f"  {s.ref:<8} {_fmt(s.points):>3}  {s.title}" + (f"  [{extra}]" if extra else ""))
    lines.append("")
    lines.append(_t(QT_TRANSLATE_NOOP("Cli", "Burndown (committed {committed} points)")).replace(
        "{committed}", _fmt(burndown.committed)))
    date_h, remaining_h, ideal_h = (_t(QT_TRANSLATE_NOOP("Cli", "Date")), _t(QT_TRANSLATE_NOOP("Cli", "Remaining")),
                                    _t(QT_TRANSLATE_NOOP("Cli", "Ideal")))
    lines.append(f"  {date_h:<10}  {remaining_h:>10}  {ideal_h:>8}")
    for d in burndown.days:
        lines.append(f"  {d.day.isoformat():<10}  {_fmt(d.remaining):>10}  {_fmt(d.ideal):>8}")
    if burndown.events:
        lines.append("")
        lines.append(_t(QT_TRANSLATE_NOOP("Cli", "Scope changes and re-opened stories")))
        labels = {"added": QT_TRANSLATE_NOOP("Cli", "added"), "removed": QT_TRANSLATE_NOOP("Cli", "removed"),
                  "estimate": QT_TRANSLATE_NOOP("Cli", "re-estimated"), "reopened": QT_TRANSLATE_NOOP("Cli", "re-opened")}
        for e in burndown.events:
            sign = "+" if e.delta > 0 else ""
            lines.append(f"  {e.day.isoformat()}  {e.ref:<8} {_t(labels[e.kind])} ({sign}{_fmt(e.delta)})")
    return "\n".join(lines) + "\n"
