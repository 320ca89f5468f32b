"""Guards of the environment the app runs on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

NONE_REFCOUNT_PROBE = r"""
import sys
from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem
obj = QObject()
item = QStandardItem()
before = sys.getrefcount(None)
for i in range(20000):
    obj.setObjectName("x")          # a Qt call that returns None
    item.setData(i)                 # another one
after = sys.getrefcount(None)
print(before - after)
"""


def test_qt_calls_returning_none_do_not_leak_references_to_none():
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on every Qt call returning None
    and the process aborts with none_dealloc after a few thousand calls. The versions
    pyproject allows must not: 40,000 such calls, in a real process, with no drift."""
    result = subprocess.run([sys.executable, "-c", NONE_REFCOUNT_PROBE], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    drift = int(result.stdout.strip().splitlines()[-1])
    assert abs(drift) < 100, f"None lost {drift} references over 40,000 Qt calls"


def test_layers_are_respected():
    """PySide6 only in crmdesk.ui and crmdesk.app; the UI never reaches the database directly."""
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.fail("import-linter is not installed (pip install -e '.[test]')")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_no_pyplot_anywhere():
    """Charts build matplotlib Figures: pyplot keeps global state and picks a backend."""
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "crmdesk").rglob("*.py")
                 if "matplotlib.pyplot" in p.read_text("utf-8") or "import pyplot" in p.read_text("utf-8")]
    assert offenders == []


def test_openpyxl_reads_through_defusedxml():
    import defusedxml  # noqa: F401 - must be installed
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True


def test_window_shows_without_importing_the_heavy_libraries(demo_path):
    """matplotlib and openpyxl are imported on first use, not before the window shows."""
    probe = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from crmdesk.paths import AppPaths\n"
        "from crmdesk.services.workspace import Workspace\n"
        "from crmdesk.services.container import ProjectServices\n"
        "from crmdesk.settings import AppSettings\n"
        "from crmdesk.ui.main_window import MainWindow\n"
        "ws = Workspace(AppPaths.for_user().ensure())\n"
        f"pf = ws.open({str(demo_path)!r})\n"
        "w = MainWindow(ws, AppSettings(), ProjectServices.over(pf)); w.show(); app.processEvents()\n"
        "print(sorted(m for m in ('matplotlib', 'openpyxl', 'alembic') if m in sys.modules))\n"
        "w.close()\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"
