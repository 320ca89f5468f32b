"""Property: the needs go out in the project workbook and come back identical.

The project workbook (``export_project``, what the CLI ``export`` command and the UI write) is
read back by the needs import (``preview_needs_import`` + ``apply_needs_import``):

* into a fresh project (the reference column left unmapped, so every row creates a need): every
  text the pilot typed for a need — title, description, rationale, acceptance criteria,
  comments, source workshop, domain path, owner — plus priority, status and source date, comes
  back identical after ``clean_text`` (for single-line fields, whitespace-collapsed as the app
  stores them);
* into the same project: the first re-import changes exactly the needs whose stored text
  ``clean_text`` changes (pasted control characters, CR LF), and a second export → re-import
  reports every need unchanged and nothing created or updated.

The exported workbook never holds a formula. Restrictions of the strategies (what the app or
the UI refuses): titles non-blank and at most 300 characters, domain
names without "/", at most 200 characters and unique among siblings, people's names unique
ignoring case (the import matches owners by name); the free texts read back hold a visible
character (whitespace alone is no text) and keep their outer whitespace.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.needs import NeedDraft, NeedRead, domain_paths
from crmdesk.exchange import project_export as px
from crmdesk.exchange.cells import clean_text
from crmdesk.exchange.needs_import import guess_mapping
from crmdesk.i18n import translator
from crmdesk.services.container import ProjectServices
from crmdesk.services.exchange import apply_needs_import, export_project, preview_needs_import

from property_texts import (
    ProjectMaker,
    answer_text,
    assert_safe_workbook,
    expected_cell,
    one_line,
    round_trip_settings,
    sheet_rows,
    typed_line,
)

FREE_TEXTS = ("description", "rationale", "acceptance_criteria", "comments")

_person_names = st.lists(typed_line(120), max_size=3, unique_by=lambda n: one_line(n).casefold())
_domain_name = typed_line(200).map(lambda t: t.replace("/", "")).filter(lambda t: bool(one_line(t)))
_domains = st.lists(st.tuples(_domain_name, st.none() | _domain_name), max_size=3,
                    unique_by=lambda d: one_line(d[0]).casefold())
_need = st.fixed_dictionaries({
    "title": typed_line(300),
    "priority": st.sampled_from(Priority),
    "status": st.sampled_from(NeedStatus),
    "source_workshop": st.one_of(st.just(""), typed_line(200)),
    "source_date": st.none() | st.dates(date(2000, 1, 1), date(2099, 12, 31)),
    **{key: st.one_of(st.just(""), answer_text(controls=True)) for key in FREE_TEXTS},
    "domain": st.integers(0, 10),
    "owner": st.integers(0, 10),
})


def _build(s: ProjectServices, people: list[str], domains: list[tuple[str, str | None]],
           needs: list[dict[str, object]]) -> None:
    person_ids = [s.people.add(name)[0] for name in people]
    domain_ids: list[int | None] = [None]
    for parent, child in domains:
        parent_id, _ = s.domains.create(parent)
        domain_ids.append(parent_id)
        if child is not None:
            domain_ids.append(s.domains.create(child, parent_id)[0])
    owners: list[int | None] = [None, *person_ids]
    drafts = []
    for n in needs:
        values = {k: v for k, v in n.items() if k not in ("domain", "owner")}
        domain_id = domain_ids[int(n["domain"]) % len(domain_ids)]  # type: ignore[call-overload]
        owner_id = owners[int(n["owner"]) % len(owners)]  # type: ignore[call-overload]
        drafts.append(NeedDraft(**values, domain_id=domain_id, owner_id=owner_id))  # type: ignore[arg-type]
    s.needs.create_many(drafts)


def _paths(s: ProjectServices) -> dict[int, str]:
    return domain_paths(s.domains.list())


def _view(need: NeedRead, paths: dict[int, str]) -> dict[str, object]:
    """A need as the user sees it, texts as the workbook can hold them."""
    return {
        "title": one_line(clean_text(need.title)),
        "domain": one_line(clean_text(paths[need.domain_id])) if need.domain_id is not None else "",
        "priority": need.priority, "status": need.status, "owner": need.owner_name,
        "source_workshop": clean_text(need.source_workshop), "source_date": need.source_date,
        **{key: clean_text(getattr(need, key)) for key in FREE_TEXTS},
    }


def _stored(need: NeedRead, paths: dict[int, str]) -> dict[str, object]:
    view = _view(need, paths)
    view.update(title=need.title, source_workshop=need.source_workshop,
                domain=paths[need.domain_id] if need.domain_id is not None else "",
                **{key: getattr(need, key) for key in FREE_TEXTS})
    return view


@round_trip_settings(30)
@given(people=_person_names, domains=_domains, needs=st.lists(_need, min_size=1, max_size=4),
       lang=st.sampled_from(["en", "fr"]))
def test_needs_export_import_round_trip(fresh_project: ProjectMaker, people: list[str],
                                        domains: list[tuple[str, str | None]], needs: list[dict[str, object]],
                                        lang: str) -> None:
    with fresh_project("a") as (pf_a, folder):
        a = ProjectServices.over(pf_a)
        _build(a, people, domains, needs)
        stored = a.needs.list()
        paths_a = _paths(a)
        out = export_project(a, folder / "projet.xlsx", lang)

        # The workbook: no formula anywhere; the needs sheet shows every text as stored.
        assert_safe_workbook(out)
        tx = translator(lang)
        rows = sheet_rows(out, tx(px.CONTEXT, px.NEEDS_SHEET))
        assert rows[0][: len(px.NEEDS_HEADERS)] == [tx(px.CONTEXT, h) for h in px.NEEDS_HEADERS]
        col = {h: i for i, h in enumerate(px.NEEDS_HEADERS)}
        assert len(rows) == 1 + len(stored)
        for need, row in zip(stored, rows[1:], strict=True):
            assert row[col[px.H_REF]] == need.ref
            assert row[col[px.H_TITLE]] == expected_cell(need.title)
            domain = expected_cell(paths_a[need.domain_id]) if need.domain_id is not None else None
            assert row[col[px.H_DOMAIN]] == domain
            assert row[col[px.H_OWNER]] == expected_cell(need.owner_name)
            assert row[col[px.H_SOURCE_WORKSHOP]] == expected_cell(need.source_workshop)
            for header, key in ((px.H_DESCRIPTION, "description"), (px.H_RATIONALE, "rationale"),
                                (px.H_ACCEPTANCE, "acceptance_criteria"), (px.H_COMMENTS, "comments")):
                assert row[col[header]] == expected_cell(getattr(need, key)), key

        # Into a fresh project holding the same people: every need created, identical.
        with fresh_project("b") as (pf_b, _):
            b = ProjectServices.over(pf_b)
            for name in people:
                b.people.add(name)
            probe = preview_needs_import(b, out)
            mapping = {k: v for k, v in guess_mapping(probe.table.headers).items() if k != "ref"}
            preview = preview_needs_import(b, out, mapping)
            assert preview.parsed.rejected == []
            assert preview.to_create == len(stored) and preview.to_update == 0
            result, _ = apply_needs_import(b, preview)
            assert (result.created, result.updated) == (len(stored), 0)
            paths_b = _paths(b)
            assert [_stored(n, paths_b) for n in b.needs.list()] == [_view(n, paths_a) for n in stored]

        # Back into the same project: only what clean_text changes is updated…
        preview = preview_needs_import(a, out)
        assert preview.parsed.rejected == [] and preview.to_create == 0
        changed = sum(_stored(n, paths_a) != _view(n, paths_a) for n in stored)
        result, _ = apply_needs_import(a, preview)
        assert (result.created, result.updated, result.unchanged) == (0, changed, len(stored) - changed)
        paths_a = _paths(a)
        assert [_stored(n, paths_a) for n in a.needs.list()] == [_view(n, paths_a) for n in stored]

        # …and an unchanged re-import reports nothing changed.
        again = export_project(a, folder / "encore.xlsx", lang)
        result, _ = apply_needs_import(a, preview_needs_import(a, again))
        assert (result.created, result.updated, result.unchanged) == (0, 0, len(stored))
