"""Preview files with every importer in a process of its own, and report as JSON what happened
and what it cost (time, peak memory): the large-file tests run this in a subprocess so that
a memory blow-up shows in its own peak, not in pytest's.

    python tests/hostile/import_worker.py PROJECT CANDIDATE_ID FILE [FILE...]

Prints one JSON object: {"cases": [{"file", "importer", "outcome" ("refused", "read" or
"crashed"), "message", "template", "seconds", "peak_mb"}...], "peak_mb"}. The project is
opened once through the workspace (as the app opens it) and closed at the end.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))


def peak_mb() -> float:
    """This process's own peak resident memory. On Linux, VmHWM of /proc/self/status: it starts
    again at exec, whereas ru_maxrss is kept across fork and exec (the worker would report the
    peak of the pytest process that started it: 460 MB at the end of a full run)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KB elsewhere


def main(argv: list[str]) -> int:
    from hostile_support import IMPORTERS, preview

    from crmdesk.domain.errors import ImportRejected
    from crmdesk.paths import AppPaths
    from crmdesk.services.workspace import Workspace

    project, candidate_id, files = Path(argv[0]), int(argv[1]), [Path(a) for a in argv[2:]]
    workspace = Workspace(AppPaths.under(Path(os.environ["CRMDESK_HOME"])).ensure())
    cases = []
    pf = workspace.open(project)
    try:
        for path in files:
            for importer in IMPORTERS:
                started = time.perf_counter()
                case = {"file": path.name, "importer": importer, "message": "", "template": ""}
                try:
                    rows = preview(importer, pf, path, candidate_id)
                    case.update(outcome="read", message=f"{rows} rows")
                except ImportRejected as exc:
                    case.update(outcome="refused", message=str(exc), template=exc.template)
                except Exception as exc:  # noqa: BLE001 - reported, the test fails on it
                    case.update(outcome="crashed", message=f"{type(exc).__name__}: {exc}"[:500])
                case.update(seconds=round(time.perf_counter() - started, 3), peak_mb=round(peak_mb(), 1))
                cases.append(case)
    finally:
        workspace.close(pf)
    print(json.dumps({"cases": cases, "peak_mb": round(peak_mb(), 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
