"""The five general criteria of seed 001 §II: stable codes in the seed's order. Their texts (Vietnamese
verbatim from the seed, and English) are reference data in the `criteria` table, seeded by migration 0012;
surveys and review scores name a criterion by its code or its position (1–5), and record both."""

from __future__ import annotations

from typing import Literal, get_args

CriterionCode = Literal["identity", "leadership", "consent", "interests", "sustainability"]
CODES: tuple[CriterionCode, ...] = get_args(CriterionCode)
CODE_BY_POSITION: dict[int, CriterionCode] = {i + 1: code for i, code in enumerate(CODES)}
POSITION_BY_CODE: dict[str, int] = {code: i + 1 for i, code in enumerate(CODES)}
MAX_SCORE = 10
