"""Every visible string has a French translation, and translations keep their placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "crmdesk_fr.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or ""): m.find("translation")
            for ctx in root.iter("context") for m in ctx.iter("message")}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What pyside6-lupdate finds in the sources right now."""
    fresh = tmp_path_factory.mktemp("ts") / "fresh_fr.ts"
    sources = sorted(str(p) for p in (ROOT / "crmdesk").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=300)
    return set(_messages(fresh))


def test_every_visible_string_has_a_french_translation(extracted):
    committed = _messages(TS)
    missing = sorted(key for key in extracted if key not in committed)
    untranslated = sorted(key for key in extracted if key in committed and (
        committed[key] is None or committed[key].get("type") in ("unfinished", "obsolete", "vanished")
        or not (committed[key].text or "").strip()))
    assert not missing, f"run resources/translations/update.py, then translate: {missing[:10]}"
    assert not untranslated, f"untranslated strings: {untranslated[:10]}"


def test_translations_keep_their_placeholders():
    for (context, source), translation in _messages(TS).items():
        text = translation.text or "" if translation is not None else ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (context, source, text)


def test_compiled_translations_are_up_to_date(tmp_path):
    assert QM.exists()
    rebuilt = tmp_path / "check.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(rebuilt)], check=True, capture_output=True)
    assert rebuilt.read_bytes() == QM.read_bytes(), "run resources/translations/update.py"


def test_qt_free_lookup_reads_the_same_file():
    from crmdesk.i18n import translator

    fr = translator("fr")
    assert fr("Priority", "mandatory") == "impératif"
    assert fr("Export", "Needs") == "Besoins"
    assert translator("en")("Priority", "mandatory") == "mandatory"


def test_the_window_speaks_french_with_the_french_translator(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from crmdesk.ui.i18n import install_translators

    installed = install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("MainWindow", "Needs") == "Besoins"
        assert QCoreApplication.translate("Priority", "desired") == "souhaité"
        # Qt's own dialogs too (qtbase_fr)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
