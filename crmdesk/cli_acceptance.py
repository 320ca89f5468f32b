"""Command-line commands of the acceptance area (registered by crmdesk.cli)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

# name -> handler(args) -> exit code
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def add_parsers(sub, t: Callable[[str], str]) -> None:  # type: ignore[no-untyped-def]
    """Add this area's subcommands to the parser (``t`` translates help texts)."""
