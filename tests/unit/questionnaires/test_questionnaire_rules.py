"""Pure rules of the questionnaires: amounts as vendors write them, coverage words, the score
mapping, and the identifier's fingerprints."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.questionnaires import (
    COVERAGE_LABELS,
    DEFAULT_COVERAGE_SCORES,
    Coverage,
    clean_coverage_scores,
    proposed_score,
    same_answer,
)
from crmdesk.exchange.questionnaire_format import text_hash
from crmdesk.exchange.questionnaire_parse import coverage_words, parse_amount


def french_amount(cents: int) -> str:
    """1234567 -> '12 345,67 €' (Excel France's display, narrow no-break spaces)."""
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", "\u202f")
    return f"{grouped},{rest:02d} €"


@given(st.integers(min_value=0, max_value=10**11))
def test_french_amounts_read_back_to_the_cent(cents: int) -> None:
    assert parse_amount(french_amount(cents)) == pytest.approx(cents / 100, abs=1e-6)


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False))
def test_number_cells_are_taken_as_they_are(value: float) -> None:
    assert parse_amount(value) == value


@pytest.mark.parametrize("text", ["beaucoup", "12 €/mois/utilisateur", "1,2,3", "1.500,00,5", "12,3456.7",
                                  "true", "1 500 -"])
def test_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


def test_every_label_and_code_is_a_coverage_word() -> None:
    words = coverage_words()
    for coverage, label in COVERAGE_LABELS.items():
        assert words[label] is coverage
        assert words[coverage.value.replace("_", " ")] is coverage


def test_the_score_mapping() -> None:
    assert proposed_score(Coverage.CUSTOM, DEFAULT_COVERAGE_SCORES) == 2.0
    assert proposed_score(None, DEFAULT_COVERAGE_SCORES) is None
    assert clean_coverage_scores({Coverage.STANDARD: "4.5"}) == {Coverage.STANDARD: 4.5}
    for bad in (-1, 5.5, "beaucoup", float("nan")):
        with pytest.raises(ValidationFailed):
            clean_coverage_scores({Coverage.STANDARD: bad})


def test_same_answer_compares_costs_to_the_cent() -> None:
    a = (Coverage.CUSTOM, "x", 1500.0, "Lot 1")
    assert same_answer(a, (Coverage.CUSTOM, "x", 1500.001, "Lot 1"))
    assert not same_answer(a, (Coverage.CUSTOM, "x", None, "Lot 1"))
    assert not same_answer(a, (Coverage.CUSTOM, "y", 1500.0, "Lot 1"))


@given(st.text(max_size=80))
def test_fingerprints_ignore_the_line_breaks_spreadsheets_rewrite(text: str) -> None:
    assert text_hash(text) == text_hash(text.replace("\n", "\r\n").replace(" ", "  "))
