"""The user's preferences that are not UI layout: language and recent projects.

A small JSON file in the config folder; a damaged file falls back to defaults.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

MAX_RECENT = 10


@dataclass
class AppSettings:
    language: str = "auto"  # "auto", "fr" or "en"
    recent_projects: list[str] = field(default_factory=list)
    warned_locations: list[str] = field(default_factory=list)  # projects already warned about

    @property
    def last_project(self) -> str | None:
        return self.recent_projects[0] if self.recent_projects else None

    def remember(self, path: Path | str) -> None:
        text = str(Path(path).absolute())
        self.recent_projects = [text] + [p for p in self.recent_projects if p != text]
        del self.recent_projects[MAX_RECENT:]

    def forget(self, path: Path | str) -> None:
        text = str(Path(path).absolute())
        self.recent_projects = [p for p in self.recent_projects if p != text]

    @classmethod
    def load(cls, path: Path) -> AppSettings:
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        settings = cls()
        if not isinstance(data, dict):
            return settings
        if data.get("language") in ("auto", "fr", "en"):
            settings.language = data["language"]
        recent = data.get("recent_projects")
        if isinstance(recent, list):
            settings.recent_projects = [str(p) for p in recent if isinstance(p, str)][:MAX_RECENT]
        warned = data.get("warned_locations")
        if isinstance(warned, list):
            settings.warned_locations = [str(p) for p in warned if isinstance(p, str)]
        return settings

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), "utf-8")
        os.replace(tmp, path)
