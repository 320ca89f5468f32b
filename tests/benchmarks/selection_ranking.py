"""How fast the scoring matrix answers at the size the pilot may reach: 40 candidates ×
400 criteria in 5 groups × 5 evaluators (80 000 scores), in a real project file.

Run: ``python tests/benchmarks/selection_ranking.py`` (prints the timings; asserts nothing).
The number that matters for the matrix view is "ranking after a weight change": the cell
values are read and combined once (``matrix()``), then every what-if is a product of that
matrix by the shares.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CANDIDATES, CRITERIA, GROUPS, EVALUATORS = 40, 400, 5, 5


def timed(label: str, action: Callable[[], object], repeat: int = 1) -> object:
    durations = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        durations.append(time.perf_counter() - start)
    best, median = min(durations) * 1000, statistics.median(durations) * 1000
    extra = f" (best {best:.2f} ms over {repeat})" if repeat > 1 else ""
    print(f"{label:<48} {median:9.2f} ms{extra}")
    return result


def main() -> int:
    from crmdesk.db.project_file import ProjectFile
    from crmdesk.domain.enums import Role
    from crmdesk.domain.selection import ScoreInput
    from crmdesk.services.project import PeopleService
    from crmdesk.services.selection import SelectionService

    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as folder:
        pf = ProjectFile.create(Path(folder) / "bench.crmdesk", "Bench")
        try:
            sel = SelectionService(pf)
            people = PeopleService(pf)
            candidates = [sel.add_candidate(f"Candidat {i:02d}", values={
                "setup_cost": rng.randint(5, 60) * 1000, "licence_per_user_month": rng.randint(15, 120)})[0]
                for i in range(CANDIDATES)]
            groups = [sel.add_group(f"Groupe {g}", rng.randint(1, 10))[0] for g in range(GROUPS)]
            criteria = [sel.add_criterion(groups[k % GROUPS], f"Critère {k:03d}", rng.randint(1, 5))[0]
                        for k in range(CRITERIA - 1)]
            criteria.append(sel.ensure_cost_criterion(groups[-1])[0])
            evaluators = [sel.add_evaluator(people.add(f"Évaluateur {e}", Role.KEY_USER)[0])[0]
                          for e in range(EVALUATORS)]
            items = [ScoreInput(c, k, e, rng.randint(0, 5)) for c in candidates for k in criteria[:-1]
                     for e in evaluators]
            print(f"{CANDIDATES} candidates × {CRITERIA} criteria × {EVALUATORS} evaluators = {len(items)} scores")
            timed("bulk write of every score (one undo step)", lambda: sel.set_scores(items))
            matrix = timed("matrix(): read + combine everything", sel.matrix, repeat=5)
            timed("ranking() from the snapshot", matrix.ranking, repeat=20)  # type: ignore[attr-defined]
            group = groups[0]
            timed("ranking after a group weight change (what-if)",
                  lambda: matrix.ranking(group_weights={group: 7.5}), repeat=20)  # type: ignore[attr-defined]
            crit = criteria[3]
            timed("ranking after a criterion weight change",
                  lambda: matrix.ranking(criterion_weights={crit: 4}), repeat=20)  # type: ignore[attr-defined]
            timed("sensitivity (ranges + ±20 % of 405 weights)",
                  matrix.sensitivity, repeat=3)  # type: ignore[attr-defined]
            timed("service ranking() (read + combine + rank)", sel.ranking, repeat=3)
        finally:
            pf.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
