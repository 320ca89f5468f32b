"""Qt-free translation lookup for the command line and the exporters.

The single source of translations is ``resources/translations/crmdesk_<lang>.ts``. The Qt UI
loads the compiled ``.qm``; code that must not import Qt (Excel exports from the command line)
reads the same ``.ts`` here. Our own file, so plain ElementTree is fine.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache

from crmdesk.paths import resource_path

SUPPORTED_LANGUAGES = ("fr", "en")

Translate = Callable[[str, str], str]


def system_language() -> str:
    """'fr' on a French system, 'en' otherwise."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "fr" if loc.lower().startswith("fr") else "en"


def resolve_language(preference: str | None) -> str:
    if preference in SUPPORTED_LANGUAGES:
        return preference  # type: ignore[return-value]
    return system_language()


@lru_cache(maxsize=4)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    if lang == "en":
        return table
    path = resource_path("translations", f"crmdesk_{lang}.ts")
    if not path.exists():
        return table
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                table[(name, source)] = tr.text
    return table


def translator(lang: str) -> Translate:
    """A ``translate(context, text)`` function for ``lang``; English returns the source."""
    table = _catalogue(lang)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate
