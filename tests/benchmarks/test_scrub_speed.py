"""The speed benchmark's statistics."""

import pytest

from benchmarks.scrub_speed import percentile


@pytest.mark.parametrize(("q", "expected"), [(50, 50.0), (95, 95.0), (100, 100.0), (0, 1.0)])
def test_nearest_rank_percentile(q, expected):
    assert percentile([float(v) for v in range(100, 0, -1)], q) == expected


def test_percentile_of_one_value():
    assert percentile([7.0], 95) == 7.0
