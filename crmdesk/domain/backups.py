"""What the user sees of a backup."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: datetime
    reason: str
    size: int
