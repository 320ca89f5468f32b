"""A crmdesk process doing real work until it is killed (driven by test_kill9.py).

    python kill_worker.py edits|imports|backups|migrate PROJECT [HOME]

It prints "committed N" after each committed action, flushing, so the test knows the last state
that must have survived.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from crmdesk.domain.enums import Priority
from crmdesk.domain.needs import NeedDraft
from crmdesk.paths import AppPaths
from crmdesk.services.container import ProjectServices
from crmdesk.services.exchange import apply_needs_import, preview_needs_import
from crmdesk.services.workspace import Workspace

IMPORT_ROWS = 150


def main() -> None:
    mode, project = sys.argv[1], Path(sys.argv[2])
    home = Path(sys.argv[3]) if len(sys.argv) > 3 else project.parent / "home"
    ws = Workspace(AppPaths.under(home).ensure())
    pf = ws.open(project)  # migrate mode: the upgrade itself is the work
    print("opened", flush=True)
    s = ProjectServices.over(pf)
    n = 0
    while True:
        n += 1
        if mode == "edits":
            need, _ = s.needs.create(NeedDraft(title=f"action-{n}", priority=Priority.MANDATORY))
            s.needs.update([need.id], {"description": f"edited {n}", "status": "validated"})
            s.needs.update([x.id for x in s.needs.list()[:30]], {"comments": f"bulk {n}"})
        elif mode == "imports":
            source = project.parent / f"import-{n}.csv"
            with source.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh, delimiter=";")
                writer.writerow(["Titre", "Priorité", "Commentaires"])
                for i in range(IMPORT_ROWS):
                    writer.writerow([f"import-{n}-{i}", "souhaité", f"batch import-{n}"])
            apply_needs_import(s, preview_needs_import(s, source))
        elif mode == "backups":
            ws.backup(pf, "manual")
        elif mode == "migrate":
            pass
        print(f"committed {n}", flush=True)


if __name__ == "__main__":
    main()
