"""The garbage collector's policy: paused during start-up, blind to what the session keeps,
and given back everything when a project's pages go (crmdesk.heap)."""

from __future__ import annotations

import gc
import weakref

import pytest

from crmdesk import heap


@pytest.fixture(autouse=True)
def _collector_as_found():  # type: ignore[no-untyped-def]
    yield
    heap.resume()
    heap.thaw()
    gc.enable()


class Node:
    def __init__(self) -> None:
        self.partner: Node | None = None


def _cycle() -> weakref.ref[Node]:
    a, b = Node(), Node()
    a.partner, b.partner = b, a
    return weakref.ref(a)


def test_the_collector_is_paused_only_while_reading():
    assert gc.isenabled()
    with heap.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with heap.collector_paused():
        pass
    assert not gc.isenabled()  # a caller's pause (the GUI's background work) is kept


def test_the_start_up_pause_ends_when_the_window_settles():
    heap.pause()
    assert not gc.isenabled()
    heap.settle()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 1000  # modules, classes: what the session keeps
    heap.thaw()
    assert gc.get_freeze_count() == 0


def test_a_pause_that_was_not_ours_is_not_ended():
    gc.disable()
    heap.pause()
    heap.resume()
    assert not gc.isenabled()
    heap.settle()
    assert not gc.isenabled()


def test_a_cycle_frozen_with_the_session_is_collected_once_thawed():
    ref = _cycle()
    heap.settle()
    gc.collect()
    assert ref() is not None  # out of the collector's sight while frozen
    heap.thaw()
    gc.collect()
    assert ref() is None


def test_cycles_made_after_settling_are_still_collected():
    heap.settle()
    ref = _cycle()
    gc.collect()
    assert ref() is None


def test_frozen_objects_without_cycles_are_freed_when_dropped():
    kept = [Node()]
    ref = weakref.ref(kept[0])
    heap.settle()
    kept.clear()
    assert ref() is None  # reference counting does not need the collector
