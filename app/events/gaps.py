"""Reading the event log in commit order without a transaction-id column (pure: no database).

Event ids come from a sequence, taken when a transaction inserts, not when it commits: on PostgreSQL, while a
transaction holding id 41 is still open, id 42 may already be committed and visible. A reader that moved its
checkpoint past 42 would never see 41. So a reader of the log (app/events/reader.py: the webhooks' dispatcher,
the notifications' fan-out) keeps, beside its position (the highest id it has read), the ranges of ids below it
that were missing when it passed them, each with when it was first missed. It looks for them again on every run:
an id that shows up is handled then (late, never lost); a range missing for longer than the reader's grace period
(far longer than any transaction of the app lives) belongs to rolled-back transactions and is forgotten. Each
reader's handling is idempotent (one delivery per event and subscription, one notification per person and
occasion), so looking at an id twice costs a lookup, never a second effect. On SQLite (one writer at a time) ids
commit in order and rolled-back ids are reused, so the ranges stay empty.

A range is [first id, last id, first missed at (epoch seconds)], JSON as stored."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Gap = list[float]  # [low, high, first_seen]; ids are whole numbers, stored as JSON numbers
MAX_GAPS = 500


def new_gaps(position: int, ids: Sequence[int], now: float) -> list[Gap]:
    """The ranges of ids between position + 1 and the last of `ids` (ascending, all above position) that are
    not in `ids`."""
    gaps: list[Gap] = []
    expected = position + 1
    for event_id in ids:
        if event_id > expected:
            gaps.append([expected, event_id - 1, now])
        expected = max(expected, event_id + 1)
    return gaps


def remove_found(gaps: Iterable[Gap], found: Iterable[int]) -> list[Gap]:
    """The ranges without the ids that showed up (a range splits around them)."""
    ids = sorted(set(found))
    kept: list[Gap] = []
    for low, high, seen in gaps:
        start = int(low)
        for event_id in (i for i in ids if low <= i <= high):
            if event_id > start:
                kept.append([start, event_id - 1, seen])
            start = event_id + 1
        if start <= high:
            kept.append([start, int(high), seen])
    return kept


def expire(gaps: Iterable[Gap], now: float, grace: float) -> list[Gap]:
    """The ranges first missed less than `grace` seconds ago."""
    return [gap for gap in gaps if now - gap[2] < grace]


def bound(gaps: list[Gap], limit: int = MAX_GAPS) -> list[Gap]:
    """At most `limit` ranges: the closest neighbours are merged (the ids between them are looked at again,
    harmlessly), keeping the older first-missed time."""
    merged = sorted(gaps, key=lambda g: g[0])
    while len(merged) > limit:
        i = min(range(len(merged) - 1), key=lambda k: merged[k + 1][0] - merged[k][1])
        left, right = merged[i], merged[i + 1]
        merged[i : i + 2] = [[left[0], right[1], min(left[2], right[2])]]
    return merged
