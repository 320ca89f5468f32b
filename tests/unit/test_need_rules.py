"""Pure rules of needs and domains: references, value cleaning, the domain tree."""

from __future__ import annotations

from datetime import date

import pytest

from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.needs import (
    DomainRead,
    NeedChanges,
    clean_need_values,
    descendants,
    domain_paths,
    format_ref,
    parse_ref,
)


@pytest.mark.parametrize("text, number", [
    ("BES-001", 1), ("BES-012", 12), ("bes12", 12), (" BES-7 ", 7), ("Bes-0420", 420),
    ("BES-999999", 999999),
])
def test_parse_ref(text, number):
    assert parse_ref(text) == number


@pytest.mark.parametrize("text", ["", None, "US-001", "BES-", "BES-1234567", "BES 12", "12",
                                  "BES-1a", "XBES-001"])
def test_parse_ref_refuses_what_is_not_a_need_reference(text):
    assert parse_ref(text) is None  # type: ignore[arg-type]


def test_parse_ref_of_other_kinds():
    assert parse_ref("US-004", prefix="US") == 4
    assert parse_ref("BES-004", prefix="US") is None


def test_format_ref_round_trips():
    assert format_ref("BES", 1) == "BES-001"
    assert format_ref("CT", 42) == "CT-042"
    assert format_ref("BES", 1234) == "BES-1234"
    assert all(parse_ref(format_ref("BES", n)) == n for n in (1, 99, 100, 1000, 123456))


def test_title_whitespace_is_folded():
    assert clean_need_values({"title": "  Suivre\n les \t devis  "}) == {"title": "Suivre les devis"}


@pytest.mark.parametrize("values, message", [
    ({"title": ""}, "must have a title"),
    ({"title": None}, "must have a title"),
    ({"title": "a" * 301}, "limited to 300"),
    ({"priority": "urgent"}, "Unknown priority: urgent"),
    ({"priority": ""}, "Unknown priority"),
    ({"status": "done"}, "Unknown status"),
    ({"source_date": "31/12/2026"}, "Not a date: 31/12/2026"),
    ({"source_date": "2026-02-30"}, "Not a date"),
    ({"description": "x" * 32_001}, "limited to 32000"),
    ({"comments": "x" * 40_000}, "limited to 32000"),
])
def test_bad_values_give_one_sentence(values, message):
    with pytest.raises(ValidationFailed, match=message) as info:
        clean_need_values(values)
    assert "\n" not in str(info.value)


def test_good_values_are_normalised():
    cleaned = clean_need_values({
        "title": "a" * 300, "priority": "mandatory", "status": NeedStatus.VALIDATED,
        "source_date": "2026-03-12", "domain_id": "3", "owner_id": "", "description": "  garde  ",
        "source_workshop": "  Atelier 1 ", "comments": None, "rationale": "x" * 32_000})
    assert cleaned["priority"] is Priority.MANDATORY
    assert cleaned["status"] is NeedStatus.VALIDATED
    assert cleaned["source_date"] == date(2026, 3, 12)
    assert (cleaned["domain_id"], cleaned["owner_id"]) == (3, None)
    assert cleaned["description"] == "  garde  "  # free text kept as typed
    assert cleaned["source_workshop"] == "Atelier 1"
    assert cleaned["comments"] == ""
    assert clean_need_values({"source_date": ""}) == {"source_date": None}
    assert clean_need_values({"source_date": date(2026, 1, 2)}) == {"source_date": date(2026, 1, 2)}


def test_need_changes_refuse_fields_that_are_not_editable():
    with pytest.raises(ValueError):
        NeedChanges({"ref": "BES-999"})
    assert NeedChanges({"title": "x"}).values == {"title": "x"}


def _tree() -> list[DomainRead]:
    return [
        DomainRead(1, "Ventes", None, 0), DomainRead(2, "Devis", 1, 0),
        DomainRead(3, "Lignes", 2, 0), DomainRead(4, "Prospection", 1, 1),
        DomainRead(5, "Service client", None, 1),
    ]


def test_domain_paths():
    assert domain_paths(_tree()) == {
        1: "Ventes", 2: "Ventes / Devis", 3: "Ventes / Devis / Lignes",
        4: "Ventes / Prospection", 5: "Service client"}
    assert domain_paths([]) == {}


def test_descendants():
    tree = _tree()
    assert descendants(tree, 1) == {1, 2, 3, 4}
    assert descendants(tree, 2) == {2, 3}
    assert descendants(tree, 3) == {3}
    assert descendants(tree, 5) == {5}


def test_tree_rules_survive_a_cycle_in_damaged_data():
    cycle = [DomainRead(1, "A", 2, 0), DomainRead(2, "B", 1, 0), DomainRead(3, "C", 99, 0)]
    paths = domain_paths(cycle)
    assert set(paths) == {1, 2, 3}
    assert paths[3] == "C"  # a missing parent shows the domain alone
    assert descendants(cycle, 1) == {1, 2}
