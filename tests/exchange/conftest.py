"""Fixtures of the exchange tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from exchange_files import make_xlsx


@pytest.fixture
def xlsx_factory(tmp_path: Path) -> Callable[..., Path]:
    counter = iter(range(10_000))

    def build(rows: list[list[object]], name: str | None = None, title: str = "Sheet1") -> Path:
        return make_xlsx(tmp_path / (name or f"book{next(counter)}.xlsx"), rows, title)

    return build
