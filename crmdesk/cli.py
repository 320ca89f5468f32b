"""The command line. ``crmdesk`` alone opens the window; subcommands work on project files.

Every error is one sentence on stderr and exit code 1 (2 for a usage error), never a
traceback; messages follow the system language.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import crmdesk
from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.i18n import SUPPORTED_LANGUAGES, resolve_language, translator

# Each area adds its own commands from a module of its own (ADD_PARSERS and COMMANDS there).
EXTENSIONS = ("crmdesk.cli_selection", "crmdesk.cli_questionnaires", "crmdesk.cli_sprints",
              "crmdesk.cli_acceptance")
COMMANDS = ("new", "demo", "check", "export", "import-needs", "screenshots")


def _extensions():  # type: ignore[no-untyped-def]
    import importlib

    return [importlib.import_module(name) for name in EXTENSIONS]


def all_commands() -> tuple[str, ...]:
    names = list(COMMANDS)
    for module in _extensions():
        names += list(module.COMMANDS)
    return tuple(names)


def _t(text: str) -> str:
    return translator(resolve_language(None))("Cli", text)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors: one line, exit 2
        self.print_usage(sys.stderr)
        sys.stderr.write(f"crmdesk: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="crmdesk", description=_t(QT_TRANSLATE_NOOP(
        "Cli", "The desktop companion of the pilot of a CRM project. Without a command, opens the window.")))
    parser.add_argument("--version", action="version", version=f"crmdesk {crmdesk.__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("new", help=_t(QT_TRANSLATE_NOOP("Cli", "create an empty project file")))
    p.add_argument("path", type=Path)
    p.add_argument("--name", help=_t(QT_TRANSLATE_NOOP("Cli", "name of the project (default: the file name)")))

    p = sub.add_parser("demo", help=_t(QT_TRANSLATE_NOOP("Cli", "create a project file holding the demo project")))
    p.add_argument("path", type=Path)

    p = sub.add_parser("check", help=_t(QT_TRANSLATE_NOOP("Cli", "check a project's integrity and schema version")))
    p.add_argument("path", type=Path)

    p = sub.add_parser("export", help=_t(QT_TRANSLATE_NOOP("Cli", "export a project to an Excel workbook")))
    p.add_argument("project", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--lang", choices=SUPPORTED_LANGUAGES,
                   help=_t(QT_TRANSLATE_NOOP("Cli", "language of the workbook (default: the interface's)")))

    p = sub.add_parser("import-needs", help=_t(QT_TRANSLATE_NOOP("Cli", "import needs from an .xlsx or .csv file")))
    p.add_argument("project", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true",
                   help=_t(QT_TRANSLATE_NOOP("Cli", "show the report without changing the project")))

    p = sub.add_parser("screenshots", help=_t(QT_TRANSLATE_NOOP("Cli", "render each tab of a project to a PNG file")))
    p.add_argument("project", type=Path)
    p.add_argument("dir", type=Path)
    p.add_argument("--lang", choices=SUPPORTED_LANGUAGES)
    p.add_argument("--size", default="1400x860", help="WIDTHxHEIGHT")
    for module in _extensions():
        module.add_parsers(sub, _t)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] == "--self-test" or (
            args_list[0] not in all_commands() and not args_list[0].startswith("-")):
        from crmdesk.app import main as gui_main

        return gui_main(args_list)
    args = build_parser().parse_args(args_list)
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        return 2
    handlers = dict(_COMMAND_FUNCTIONS)
    for module in _extensions():
        handlers.update(module.COMMANDS)
    try:
        return handlers[args.command](args)
    except CrmdeskError as exc:
        _fail(exc)
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("crmdesk: " + _t(QT_TRANSLATE_NOOP("Cli", "interrupted.")) + "\n")
        return 1
    except Exception as exc:  # a bug: still one sentence; the traceback goes to the log
        _log_unexpected(exc)
        sys.stderr.write("crmdesk: " + _t(QT_TRANSLATE_NOOP(
            "Cli", "unexpected error ({kind}); the details are in the log folder.")).replace(
                "{kind}", type(exc).__name__) + "\n")
        return 1


def _fail(exc: CrmdeskError) -> None:
    text = translator(resolve_language(None))("Errors", exc.template)
    try:
        text = text.format(**exc.params) if exc.params else text
    except (KeyError, IndexError, ValueError):
        text = str(exc)
    sys.stderr.write(f"crmdesk: {text}\n")


def _log_unexpected(exc: BaseException) -> None:
    import traceback

    from crmdesk.paths import AppPaths

    try:
        paths = AppPaths.for_user().ensure()
        with (paths.logs_dir / "crmdesk-cli.log").open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        pass


def workspace_for_cli():  # type: ignore[no-untyped-def]
    from crmdesk.paths import AppPaths
    from crmdesk.services.workspace import Workspace

    return Workspace(AppPaths.for_user().ensure())


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


def cmd_new(args: argparse.Namespace) -> int:
    ws = workspace_for_cli()
    pf = ws.create(args.path, args.name or Path(args.path).stem)
    path = pf.path
    ws.close(pf)
    out(_t(QT_TRANSLATE_NOOP("Cli", "Created {path}")).replace("{path}", str(path)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from crmdesk.services.demo import create_demo

    ws = workspace_for_cli()
    pf = create_demo(ws, args.path)
    path = pf.path
    ws.close(pf)
    out(_t(QT_TRANSLATE_NOOP("Cli", "Created the demo project {path}")).replace("{path}", str(path)))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from crmdesk.services.workspace import check_file

    revision, problems = check_file(args.path)
    out(_t(QT_TRANSLATE_NOOP("Cli", "Schema version: {revision}")).replace("{revision}", revision))
    if problems:
        for problem in problems:
            out(f"- {problem}")
        sys.stderr.write("crmdesk: " + _t(QT_TRANSLATE_NOOP("Cli", "the project has problems.")) + "\n")
        return 1
    out(_t(QT_TRANSLATE_NOOP("Cli", "Integrity: ok")))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from crmdesk.services.container import ProjectServices
    from crmdesk.services.exchange import export_project

    ws = workspace_for_cli()
    pf = ws.open(args.project)
    try:
        lang = args.lang or resolve_language(settings_language(ws))
        export_project(ProjectServices.over(pf), args.out, lang)
    finally:
        ws.close(pf)
    out(_t(QT_TRANSLATE_NOOP("Cli", "Exported to {path}")).replace("{path}", str(args.out)))
    return 0


def cmd_import_needs(args: argparse.Namespace) -> int:
    from crmdesk.services.container import ProjectServices
    from crmdesk.services.exchange import apply_needs_import, preview_needs_import

    ws = workspace_for_cli()
    pf = ws.open(args.project)
    try:
        services = ProjectServices.over(pf)
        preview = preview_needs_import(services, args.file)
        for line in preview.report_lines(translator(resolve_language(None))):
            out(line)
        if args.dry_run:
            out(_t(QT_TRANSLATE_NOOP("Cli", "Dry run: the project was not changed.")))
            return 0
        if not preview.rows:
            out(_t(QT_TRANSLATE_NOOP("Cli", "Nothing to import: the project was not changed.")))
            return 0
        ws.backup(pf, "pre-import")
        apply_needs_import(services, preview)
        out(_t(QT_TRANSLATE_NOOP("Cli", "Import applied.")))
    finally:
        ws.close(pf)
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    from crmdesk.domain.errors import ValidationFailed

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "The size must look like 1400x860.")) from None
    from crmdesk.ui.screenshots import render_tabs

    ws = workspace_for_cli()
    lang = args.lang or resolve_language(settings_language(ws))
    for path in render_tabs(ws, args.project, args.dir, lang=lang, size=(width, height)):
        out(str(path))
    return 0


def settings_language(ws) -> str:  # type: ignore[no-untyped-def]
    from crmdesk.settings import AppSettings

    return AppSettings.load(ws.paths.settings_file).language


_COMMAND_FUNCTIONS = {
    "new": cmd_new, "demo": cmd_demo, "check": cmd_check, "export": cmd_export,
    "import-needs": cmd_import_needs, "screenshots": cmd_screenshots,
}
