"""Where things live: shipped resources and data, and the user's folders.

Everything is resolved once by the composition root (``app.py`` / ``cli.py``) into an
``AppPaths`` and passed down. ``CRMDESK_HOME`` moves all user folders under one directory
(used by the tests and handy for a portable install).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "crmdesk"
PROJECT_SUFFIX = ".crmdesk"


def _shipped_roots() -> list[Path]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(Path(__file__).resolve().parent.parent)  # a checkout or editable install
    roots.append(Path(sys.prefix) / "share" / APP_NAME)  # a wheel's data files
    return roots


def _find_shipped(folder: str) -> Path:
    for root in _shipped_roots():
        candidate = root / folder
        if candidate.is_dir():
            return candidate
    return _shipped_roots()[0] / folder


def resource_path(*parts: str) -> Path:
    return _find_shipped("resources").joinpath(*parts)


def data_path(*parts: str) -> Path:
    return _find_shipped("data").joinpath(*parts)


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def default_project(self) -> Path:
        return self.data_dir / f"Mon projet CRM{PROJECT_SUFFIX}"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def ui_state_file(self) -> Path:
        return self.config_dir / "ui_state.ini"

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.config_dir, self.backups_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @classmethod
    def for_user(cls) -> AppPaths:
        home = os.environ.get("CRMDESK_HOME")
        if home:
            base = Path(home)
            return cls(data_dir=base / "data", config_dir=base / "config")
        import platformdirs

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, base: Path) -> AppPaths:
        return cls(data_dir=base / "data", config_dir=base / "config")
