"""The change feed (GET /events): the event log, scoped like the resources, in commit order, by cursor.

The log itself (the catalogue, `record_event`, the envelope) is app/events, a low package every domain writes
through; the feed reads it for callers, so it sits above them (it needs the caller: app/auth)."""
