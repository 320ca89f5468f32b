"""The matrix's one-sort aggregation agrees with the plain numpy rule, cell by cell."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from crmdesk.domain.selection_scoring import aggregate, aggregate_all

# Marks as evaluators give them (0 to 5 by halves) or none (NaN).
MARKS = st.one_of(st.just(np.nan), st.integers(0, 10).map(lambda h: h / 2), st.floats(0, 5))


@settings(max_examples=300, deadline=None)
@given(arrays(float, st.tuples(st.integers(0, 4), st.integers(0, 5), st.integers(0, 7)), elements=MARKS))
def test_aggregate_all_is_mean_median_spread_and_count(opinions: np.ndarray) -> None:
    mean, spread, count = aggregate(opinions, "mean")
    median = aggregate(opinions, "median")[0]
    got = aggregate_all(opinions)
    for expected, value in zip((mean, median, spread, count), got, strict=True):
        np.testing.assert_allclose(value, expected, rtol=0, atol=1e-12, equal_nan=True)
        assert np.array_equal(np.isnan(value), np.isnan(expected))


def test_a_cell_without_opinion_has_no_value_and_counts_zero() -> None:
    opinions = np.array([[[np.nan, np.nan], [4.0, np.nan]]])
    mean, median, spread, count = aggregate_all(opinions)
    assert np.isnan(mean[0, 0]) and np.isnan(median[0, 0]) and np.isnan(spread[0, 0]) and count[0, 0] == 0
    assert (mean[0, 1], median[0, 1], spread[0, 1], count[0, 1]) == (4.0, 4.0, 0.0, 1)
