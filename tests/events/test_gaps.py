"""The event-log readers' gap bookkeeping (pure): ids missing below newer ones are remembered, looked for again, and
forgotten after the grace period."""

from __future__ import annotations

from app.events.gaps import bound, expire, new_gaps, remove_found


def test_missing_ids_between_the_position_and_the_newest_become_ranges() -> None:
    assert new_gaps(10, [11, 12, 13], now=100.0) == []
    assert new_gaps(10, [12, 13, 17], now=100.0) == [[11, 11, 100.0], [14, 16, 100.0]]
    assert new_gaps(10, [], now=100.0) == []


def test_found_ids_split_their_range() -> None:
    gaps = [[11, 20, 100.0], [30, 30, 90.0]]
    assert remove_found(gaps, [11, 15, 20, 30]) == [[12, 14, 100.0], [16, 19, 100.0]]
    assert remove_found(gaps, []) == gaps
    assert remove_found(gaps, [5, 25]) == gaps


def test_ranges_older_than_the_grace_are_forgotten() -> None:
    gaps = [[11, 11, 100.0], [14, 16, 500.0]]
    assert expire(gaps, now=650.0, grace=300) == [[14, 16, 500.0]]
    assert expire(gaps, now=120.0, grace=300) == gaps


def test_too_many_ranges_merge_the_closest_keeping_the_older_time() -> None:
    gaps = [[1, 1, 5.0], [3, 3, 9.0], [10, 10, 7.0], [100, 100, 8.0]]
    assert bound(gaps, limit=3) == [[1, 3, 5.0], [10, 10, 7.0], [100, 100, 8.0]]
    assert bound(gaps, limit=1) == [[1, 100, 5.0]]
