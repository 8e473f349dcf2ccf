"""Exponential back-off with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): the wait
before attempt n+1 is uniform in [0, min(base · 2^(n−1), cap)], so retries of many failures spread out instead
of arriving together."""

from __future__ import annotations

import random


def ceiling(attempt: int, base: float, cap: float) -> float:
    """The longest wait after the `attempt`-th failure (1-based)."""
    exponent = min(max(attempt - 1, 0), 60)  # 2**60 · base is past any cap: no overflow
    return float(min(base * (2**exponent), cap))


def full_jitter(attempt: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """A wait drawn uniformly in [0, ceiling(attempt)]."""
    return (rng or random).uniform(0, ceiling(attempt, base, cap))
