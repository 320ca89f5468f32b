"""Fuzz the three importers for as long as you like (the CI runs the same target for 13 to 20 s).

    python tests/hostile/fuzz_long.py --minutes 10               # hypothesis, rounds of examples
    python tests/hostile/fuzz_long.py --minutes 10 --atheris     # coverage-guided, if atheris is installed

It builds a demo project and the seed files in a temporary folder (``--workdir`` to keep
them), opens the project, and previews mutated seeds (``fuzz_target.py``) with every importer
until the time is up. A failing input (another exception than ImportRejected, a bad
sentence, a preview over the time budget) is saved with its reason in ``--crashes``
(default: ``./fuzz-crashes``) and the run goes on; at the end the project file is checked
byte for byte. Exit code 1 when anything failed. Run it from the repository's root with the
project's virtual environment.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--atheris", action="store_true", help="coverage-guided fuzzing with atheris (optional)")
    parser.add_argument("--workdir", type=Path, help="where to build the project and seeds (default: a temp folder)")
    parser.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"))
    args, rest = parser.parse_known_args(argv)
    warnings.simplefilter("ignore")  # openpyxl warns about every odd file
    with tempfile.TemporaryDirectory(prefix="crmdesk-fuzz-") as temp:
        workdir = args.workdir or Path(temp)
        os.environ["CRMDESK_HOME"] = str(workdir / "home")
        return run(workdir, args.minutes, args.crashes, args.atheris, rest)


def run(workdir: Path, minutes: float, crashes: Path, use_atheris: bool, extra: list[str]) -> int:
    from hypothesis import HealthCheck, given, settings

    from crmdesk.paths import AppPaths
    from crmdesk.services.workspace import Workspace
    from fuzz_target import check_file, mutated_files, save_crash
    from hostile_support import digest, prepare_seeds

    print(f"building the demo project and the seeds in {workdir}…")
    seeds = prepare_seeds(workdir / "seeds")
    originals = {name: path.read_bytes() for name, path in seeds.files.items()}
    workspace = Workspace(AppPaths.under(workdir / "home").ensure())
    before = digest(seeds.project)
    pf = workspace.open(seeds.project)
    failures = examples = 0
    deadline = time.monotonic() + minutes * 60

    def one(example: tuple[str, str, bytes]) -> None:
        nonlocal failures, examples
        _seed, suffix, data = example
        path = workdir / f"fuzzed{suffix}"
        path.write_bytes(data)
        examples += 1
        problems = check_file(pf, path, seeds.candidate_id)
        if problems:
            failures += 1
            save_crash(crashes, suffix, data, problems)
            print("FAILED: " + "; ".join(problems), file=sys.stderr)

    try:
        target = settings(max_examples=500, deadline=None, derandomize=False, database=None,
                          suppress_health_check=list(HealthCheck))(given(mutated_files(originals))(one))
        if use_atheris:
            import atheris  # optional: pip install atheris

            fuzz_one = target.hypothesis.fuzz_one_input  # type: ignore[attr-defined]

            def test_one_input(buffer: bytes) -> None:
                if time.monotonic() > deadline:
                    raise SystemExit(0)
                fuzz_one(buffer)

            atheris.Setup([sys.argv[0], *extra], test_one_input)
            try:
                atheris.Fuzz()
            except SystemExit:
                pass
        else:
            rounds = 0
            while time.monotonic() < deadline:
                rounds += 1
                target()  # 500 new files a round (derandomize=False: each round explores anew)
                print(f"round {rounds}: {examples} files so far, {failures} failing, "
                      f"{max(deadline - time.monotonic(), 0) / 60:.1f} min left")
    finally:
        workspace.close(pf)
    changed = digest(seeds.project) != before
    if changed:
        print("FAILED: the project file changed", file=sys.stderr)
    print(f"{examples} files previewed by every importer, {failures} failing"
          + (f" (saved in {crashes})" if failures else ""))
    return 1 if failures or changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
