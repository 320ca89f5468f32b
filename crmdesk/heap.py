"""How crmdesk uses Python's cyclic garbage collector.

A full collection walks every object the collector tracks. With the large benchmark project open
(some 100,000 tracked objects: modules, classes, widgets, the tables' rows) one pass takes
~70 ms, and the thresholds start one now and then in the middle of what the user waits for: two
of them were ~150 ms of the 0.3 s a first click on the Selection tab took, and ~70 ms of the
start-up. Nearly all of those objects live as long as the session (modules, classes) or the open
project (its pages), and reference counting frees them when they go; the collector is only
needed for the cycles left behind. So:

- start-up runs with the collector paused (:func:`pause`): it builds long-lived objects, not
  garbage;
- once the window shows, and again once the other tabs are prepared, what is alive is moved out
  of the collector's sight (:func:`settle`, ``gc.freeze``): later passes walk only what was
  made since;
- when a project's pages are torn down, everything is put back (:func:`thaw`), so the cycles
  among the closed pages are collected; the next :func:`settle` freezes the new project's.

Bulk reads that build hundreds of thousands of short-lived, acyclic objects pause the collector
around them (:func:`collector_paused`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_paused_for_start = False


def pause() -> None:
    """Pause the collector for the start-up; :func:`settle` starts it again."""
    global _paused_for_start
    if gc.isenabled():
        gc.disable()
        _paused_for_start = True


def resume() -> None:
    """Start the collector again if :func:`pause` stopped it."""
    global _paused_for_start
    if _paused_for_start:
        _paused_for_start = False
        gc.enable()


def settle() -> None:
    """Freeze what is alive now (it lives as long as the session or the project) and end the
    start-up pause."""
    gc.freeze()
    resume()


def thaw() -> None:
    """Put the frozen objects back in the collector's sight (a project's pages are going)."""
    gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector during a bulk read or a background task; a caller's pause is kept.
    The reads of a large project build some 300,000 objects, none in a reference cycle; their
    allocations set off the collector again and again, each full pass scanning the whole
    growing heap to free nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
