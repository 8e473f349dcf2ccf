"""The five general criteria of seed 001 §II: stable codes in the seed's order. Their texts (Vietnamese
verbatim from the seed, and English) are reference data in the `criteria` table, seeded by migration 0012;
surveys and review scores give a criterion by its position (1–5), which maps to these codes."""

from __future__ import annotations

CODES: tuple[str, ...] = ("identity", "leadership", "consent", "interests", "sustainability")
CODE_BY_POSITION: dict[int, str] = {i + 1: code for i, code in enumerate(CODES)}
MAX_SCORE = 10
