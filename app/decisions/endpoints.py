"""HTTP routes of /api/v1/decisions (being built)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["decisions"])
