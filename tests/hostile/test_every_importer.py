"""Every committed hostile file (``corpus/``, made by ``make_corpus.py``) through every importer
(needs, vendor answers, testers' results), the way the app calls them: the project opened
through the workspace, the preview run, the project closed. Each file is refused with ONE
readable sentence that names it and has a French translation -- or, for the odd but
legitimate ones (a lying ``<dimension>``, Latin-1 text…), read with the right number of rows
-- within the time budget, and the project file keeps every byte."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from crmdesk.domain.errors import ImportRejected

from hostile_support import (
    IMPORTERS,
    TIME_BUDGET,
    Seeds,
    digest,
    preview,
    sentence_problems,
    untranslated,
)
from make_corpus import CASES, CASES_BY_FILE, CORPUS_DIR, README, differences, readme_table

CORPUS_LIMIT = 1_500_000  # bytes: the corpus stays small enough to commit


@pytest.mark.parametrize("file, importer", [pytest.param(case.file, importer, id=f"{case.file}-{importer}")
                                            for case in CASES for importer in IMPORTERS])
def test_every_importer_refuses_or_reads(file: str, importer: str, project: Path, seeds: Seeds,
                                         workspace) -> None:  # type: ignore[no-untyped-def]
    expect = CASES_BY_FILE[file].expect(importer)
    path = CORPUS_DIR / file
    before = digest(project)
    pf = workspace.open(project)
    refusal: ImportRejected | None = None
    started = time.perf_counter()
    try:
        rows = preview(importer, pf, path, seeds.candidate_id)
    except ImportRejected as exc:
        refusal = exc
    finally:
        elapsed = time.perf_counter() - started
        workspace.close(pf)
    assert digest(project) == before, "the project file changed"
    assert elapsed < TIME_BUDGET, f"{elapsed:.1f} s"
    if expect.refused:
        assert refusal is not None, f"read {rows} rows, expected a refusal"
        message = str(refusal)
        assert expect.fragment in message
        assert not sentence_problems(message, file), (sentence_problems(message, file), message)
        assert not untranslated(refusal.template), f"no French translation: {refusal.template!r}"
    else:
        assert refusal is None, str(refusal)
        assert rows == expect.rows


def test_the_corpus_is_what_the_generator_makes() -> None:
    assert differences() == [], "run python tests/hostile/make_corpus.py (and commit what it changes)"


def test_the_corpus_stays_small() -> None:
    total = sum(p.stat().st_size for p in CORPUS_DIR.iterdir())
    assert total < CORPUS_LIMIT, f"{total:,} bytes: build large files in make_large.py instead"


def test_the_readme_table_lists_every_file_and_outcome() -> None:
    assert readme_table() in README.read_text(encoding="utf-8"), "run python tests/hostile/make_corpus.py"
