"""Refresh the translations after changing user-visible strings.

    python resources/translations/update.py          # lupdate the .ts, then lrelease the .qm

``pyside6-lupdate`` collects every ``tr()``, ``QCoreApplication.translate()`` and
``QT_TRANSLATE_NOOP()`` string of ``crmdesk/`` into ``crmdesk_fr.ts`` (new ones are marked
unfinished: translate them in Qt Linguist, ``pyside6-linguist``, or in the XML), then
``pyside6-lrelease`` compiles the ``.qm`` the app loads. The test suite fails while a string has
no French translation (tests/unit/test_translations.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "crmdesk").rglob("*.py"))


def lupdate(ts: Path, *extra: str) -> None:
    subprocess.run([tool("pyside6-lupdate"), *extra, *sources(), "-ts", str(ts)], cwd=ROOT, check=True,
                   capture_output=True)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   capture_output=True)


def main() -> int:
    for lang in LANGUAGES:
        ts = HERE / f"crmdesk_{lang}.ts"
        lupdate(ts, "-no-obsolete", "-locations", "none")
        lrelease(ts)
        print(f"updated {ts.name} and {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
