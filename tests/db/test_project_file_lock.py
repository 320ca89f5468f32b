"""A project open in one crmdesk is refused, with a clear sentence, by a second one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.errors import ProjectLocked

_CHILD = """
import sys
from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.errors import CrmdeskError
try:
    pf = ProjectFile.open(sys.argv[1])
except CrmdeskError as exc:
    print(type(exc).__name__ + ": " + str(exc))
else:
    print("OPENED", len(pf.check()))
    pf.close()
"""


def _open_in_another_process(path: Path) -> str:
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_second_instance_is_refused_then_can_open_after_close(filled_project):
    pf = ProjectFile.open(filled_project)
    try:
        answer = _open_in_another_process(filled_project)
        assert answer.startswith("ProjectLocked: ")
        assert "open in another window" in answer
        # The refusal did not disturb the first instance.
        assert pf.check() == []
    finally:
        pf.close()
    assert _open_in_another_process(filled_project) == "OPENED 0"


def test_second_open_in_the_same_process_is_refused(filled_project):
    with ProjectFile.open(filled_project):
        with pytest.raises(ProjectLocked, match="open in another window"):
            ProjectFile.open(filled_project)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX advisory locks")
def test_a_refused_second_open_keeps_the_lock_for_other_processes(filled_project):
    with ProjectFile.open(filled_project):
        with pytest.raises(ProjectLocked):
            ProjectFile.open(filled_project)
        assert _open_in_another_process(filled_project).startswith("ProjectLocked: ")
